// Where the production add-in is served from: CONCORD_ORIGIN, and manifest.xml rewritten to it.

const DEV_ORIGIN = "https://localhost:3000/";

/** CONCORD_ORIGIN as `https://host[:port]/path/` (trailing slash added), or an Error saying what is wrong. */
function productionOrigin(value) {
  const example = "CONCORD_ORIGIN=https://concord.example.com/ npm run build";
  const raw = (value || "").trim();
  if (!raw) {
    return new Error(
      "CONCORD_ORIGIN is not set. The production build rewrites every " +
        `${DEV_ORIGIN} in manifest.xml to the https origin that will serve dist/, e.g.\n  ${example}`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    return new Error(`CONCORD_ORIGIN="${raw}" is not a URL. Example:\n  ${example}`);
  }
  if (url.protocol !== "https:") {
    return new Error(`CONCORD_ORIGIN="${raw}" must be an https:// URL (Office add-ins are only loaded over https).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    return new Error(`CONCORD_ORIGIN="${raw}" must not contain credentials, a query or a fragment.`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    return new Error(`CONCORD_ORIGIN="${raw}" points at this machine; use "npm run build:dev" for local builds.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Production: rewrite every https://localhost:3000/ in manifest.xml to `origin`, a bare https://localhost:3000
 * (e.g. in <AppDomain>) to origin's scheme://host[:port], and fail on any localhost URL left over.
 */
function rewriteManifest(content, origin) {
  const rewritten = content
    .toString("utf8")
    .split(DEV_ORIGIN)
    .join(origin)
    .replace(/https:\/\/localhost:3000(?![\w/:.-])/g, new URL(origin).origin);
  const leftover = rewritten.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"'<\s]*/);
  if (leftover) {
    throw new Error(
      `manifest.xml still references ${leftover[0]} after rewriting ${DEV_ORIGIN} to ${origin}; ` +
        `use exactly ${DEV_ORIGIN} (with the trailing slash) for every add-in URL in manifest.xml.`,
    );
  }
  return rewritten;
}

module.exports = { DEV_ORIGIN, productionOrigin, rewriteManifest };
