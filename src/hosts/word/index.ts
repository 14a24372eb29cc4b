export { WordHost, type WordHostOptions, type WordRun } from "./word-host";
export { BindingNotFoundError } from "../errors";
export { REQUIRED_SETS, requireWordApi, unsupportedMessages, type WordOperation } from "./requirements";
