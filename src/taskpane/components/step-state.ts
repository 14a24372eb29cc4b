import type { BadgeProps } from "@fluentui/react-components";
import type { StepStatus } from "../../core";

/** A step's state as a badge colour (the state's word is always shown too: colour is never the only cue). */
export const STATE_COLOR: Readonly<Record<StepStatus, NonNullable<BadgeProps["color"]>>> = {
  done: "success",
  current: "brand",
  todo: "informative",
  attention: "warning",
  blocked: "danger",
};
