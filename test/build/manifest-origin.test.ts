import { readFileSync } from "fs";
import path from "path";
import { DEV_ORIGIN, productionOrigin, rewriteManifest } from "../../tools/manifest-origin";

const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

describe("CONCORD_ORIGIN", () => {
  it("accepts an https origin with or without a path, adding the trailing slash", () => {
    expect(productionOrigin("https://addins.example.com/concord")).toBe("https://addins.example.com/concord/");
    expect(productionOrigin(" https://concord.example.com ")).toBe("https://concord.example.com/");
  });

  it.each([
    [undefined, /not set/],
    ["concord.example.com", /not a URL/],
    ["http://concord.example.com/", /https/],
    ["https://user:pw@concord.example.com/", /credentials/],
    ["https://concord.example.com/?v=1", /query/],
    ["https://localhost:8443/", /build:dev/],
  ])("refuses %p with a message saying what is wrong", (value, message) => {
    const result = productionOrigin(value);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toMatch(message);
  });
});

describe("the production manifest", () => {
  it("points every add-in URL at the origin and leaves no localhost behind", () => {
    const rewritten = rewriteManifest(manifest, "https://addins.example.com/concord/");
    expect(manifest).toContain(DEV_ORIGIN);
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten).toContain("https://addins.example.com/concord/taskpane.html");
    expect(rewritten.split("https://addins.example.com/concord/").length).toBe(manifest.split(DEV_ORIGIN).length);
  });

  it("fails on a localhost URL that is not the dev origin", () => {
    const odd = manifest.replace(DEV_ORIGIN + "taskpane.html", "https://localhost:3001/taskpane.html");
    expect(() => rewriteManifest(odd, "https://addins.example.com/")).toThrow(/localhost:3001/);
  });
});
