export { WordHost, type WordHostOptions, type WordRun } from "./word-host";
export { BindingNotFoundError, TableRowError, UnknownFieldError } from "../errors";
