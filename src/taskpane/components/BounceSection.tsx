// The selected message is a bounce: its explanation at once, with the failed
// recipient(s) and who must act. Loaded as the "bounce" chunk only for such
// messages; the explainer runs here, so it works with the server down.

import { useEffect, useId, useState } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language.js";
import { explainText, type BounceView } from "../bounceExplainer.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import type { BounceState } from "../paneController.js";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  matchHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

export default function BounceSection({
  t,
  lang,
  bounce,
}: {
  t: PaneStrings;
  lang: Lang;
  bounce: BounceState;
}) {
  const styles = useStyles();
  const headingId = useId();
  const text = bounce.status === "ready" ? bounce.text : null;
  const [view, setView] = useState<BounceView | null>(null);
  useEffect(() => {
    setView(null);
    if (text === null) return;
    // The view shows the best explanation only, so only its texts are fetched.
    let current = true;
    void explainText(text, lang, 1).then((next) => {
      if (current) setView(next);
    });
    return () => {
      current = false;
    };
  }, [text, lang]);
  if (bounce.status === "none") return null;
  const best = view?.explanations[0];
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="bounce">
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.bounceHeading}</Subtitle2>
      </h2>
      {bounce.status === "reading" ? <Text>{t.bounceReading}</Text> : null}
      {bounce.status === "unreadable" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.bounceUnreadable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view?.loadFailed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.explainLoadFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view?.problem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{view.problem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && !view.recognised && !view.loadFailed && !view.problem ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.bounceNothing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && best ? (
        <>
          {view.recipients.length > 0 ? (
            <p className={styles.paragraph} data-testid="bounce-recipients">
              <Text weight="semibold">{t.bounceRecipients}: </Text>
              {view.recipients.join(", ")}
            </p>
          ) : null}
          <p className={styles.paragraph} data-testid="bounce-actor" data-actor={best.actor}>
            <Text weight="semibold">{t.bounceWhoActs}: </Text>
            {t.bounceActors[best.actor]}
          </p>
          <h3 className={styles.matchHeading}>
            {best.code}: {best.title}
          </h3>
          <p className={styles.paragraph}>
            <Text weight="semibold">{t.explainCause}: </Text>
            {best.cause}
          </p>
          <Text weight="semibold">{t.explainFixes}</Text>
          <ol className={styles.list}>
            {best.fix.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <Caption1>{t.bounceOffline}</Caption1>
        </>
      ) : null}
    </section>
  );
}
