export { createWordHost, WordHost, type WordHostOptions, type WordRun } from "./word-host";
export { WordBindingError } from "./errors";
export { REQUIRED_SETS, requireWordApi, unsupportedMessages, type WordOperation } from "./requirements";
