import { makeStyles, typographyStyles } from "@fluentui/react-components";

/**
 * Fluent's type ramp as classes for plain elements: the first screen uses these instead of Fluent's Text components
 * to stay within its script budget (170 KB gzip).
 */
export const useText = makeStyles({
  title2: { ...typographyStyles.title2, margin: 0 },
  subtitle2: { ...typographyStyles.subtitle2, margin: 0 },
  body1: { ...typographyStyles.body1, margin: 0 },
  body1Strong: { ...typographyStyles.body1Strong, margin: 0 },
  caption1: { ...typographyStyles.caption1, margin: 0 },
});
