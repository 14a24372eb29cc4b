/** Its own chunk: only a dark Office downloads the dark theme. */
export { webDarkTheme } from "@fluentui/react-components";
