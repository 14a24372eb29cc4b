import { WordHost } from "../../../src/hosts/word";
import { describeHostContract } from "../contract/host-contract";
import { FakeWordDocument, fakeWordRun, wordRequirements } from "./fake-word";

// Word on the web (no WordApiDesktop: no user name) and Word desktop (coauthoring.me), each on a fresh document.
describeHostContract("Word host on the fake, as on the web", async () => {
  const { run } = fakeWordRun(FakeWordDocument.withParagraphs("Intro"));
  return { host: new WordHost({ run, requirements: wordRequirements("1.9") }), lineBreaksAsLf: true };
});

describeHostContract("Word host on the fake, as on the desktop", async () => {
  const model = FakeWordDocument.withParagraphs("Intro");
  model.coauthorName = "Li Na";
  model.changeTrackingMode = "TrackAll";
  const { run } = fakeWordRun(model);
  return { host: new WordHost({ run, requirements: wordRequirements("1.9", "1.4") }), lineBreaksAsLf: true };
});
