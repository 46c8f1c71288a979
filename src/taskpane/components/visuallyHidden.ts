// Text for screen readers only (live regions, "opens in your browser").
import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
