import { DOMParser } from "@xmldom/xmldom";

/** Parses strictly: any XML error (not a warning) throws, so a test fails on XML that is not well-formed. */
export function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  if (errors.length > 0) throw new Error(`not well-formed: ${errors.join("; ")}`);
  return doc as unknown as Document;
}
