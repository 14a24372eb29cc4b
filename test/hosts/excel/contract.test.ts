/** The shared host contract (test/hosts/contract) run against the Excel host on the sync-counting fake. */
import { describeHostContract } from "../contract/host-contract";
import { setUp, type Harness } from "./harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.restore();
  harness = undefined;
});

describeHostContract("Excel host on the fake", async () => {
  harness = setUp();
  return { host: harness.host };
});
