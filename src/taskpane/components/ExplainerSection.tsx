// "Fix an error": paste an SMTP reply or an Outlook error code, get the
// cause and the fixes in the order to try them (catalogue in src/core).

import { memo, useId, useRef, useState, type FormEvent } from "react";
import { Button, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language.js";
import { explainText, type BounceView } from "../bounceExplainer.js";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  match: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  matchHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  paragraph: { margin: 0 },
  fixes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

// Memoised: its props (texts, language) rarely change, and it is the largest section to re-render.
export default memo(function ExplainerSection({ t, lang }: { t: PaneStrings; lang: Lang }) {
  const styles = useStyles();
  const headingId = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<BounceView | null>(null);
  const [empty, setEmpty] = useState(false);
  // Only the latest submit may show its answer: a slow earlier one (its texts still loading) must not overwrite it.
  const latest = useRef(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The explainer rejects empty text; say so in the pane's language instead.
    const blank = text.trim() === "";
    setEmpty(blank);
    // A whole NDR, an .eml or one reply line; explained in the pane's language, on the device.
    const request = ++latest.current;
    if (blank) setResult(null);
    else
      void explainText(text, lang).then((next) => {
        if (request === latest.current) setResult(next);
      });
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.explainHeading}</Subtitle2>
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <Field
          label={t.explainLabel}
          validationState={empty ? "error" : "none"}
          validationMessage={empty ? t.explainEmpty : undefined}
        >
          <Textarea
            value={text}
            placeholder={t.explainPlaceholder}
            resize="vertical"
            onChange={(_event, data) => {
              setText(data.value);
              if (empty) setEmpty(false);
            }}
          />
        </Field>
        <Button type="submit" className={styles.button}>
          {t.explainButton}
        </Button>
      </form>
      <div aria-live="polite">
        {result?.problem ? <Text>{result.problem}</Text> : null}
        {result?.loadFailed ? <Text>{t.explainLoadFailed}</Text> : null}
        {result && !result.problem && !result.loadFailed && result.explanations.length === 0 ? (
          <Text>{t.explainNoMatch}</Text>
        ) : null}
        {result && result.recipients.length > 0 ? (
          <p className={styles.paragraph}>
            <Text weight="semibold">{t.bounceRecipients}: </Text>
            {result.recipients.join(", ")}
          </p>
        ) : null}
        {result?.explanations.map((match) => (
          <article key={match.code} className={styles.match}>
            <h3 className={styles.matchHeading}>
              {match.code}: {match.title}
            </h3>
            <p className={styles.paragraph}>
              <Text weight="semibold">{t.bounceWhoActs}: </Text>
              {t.bounceActors[match.actor]}
            </p>
            <p className={styles.paragraph}>
              <Text weight="semibold">{t.explainCause}: </Text>
              {match.cause}
            </p>
            <Text weight="semibold">{t.explainFixes}</Text>
            <ol className={styles.fixes}>
              {match.fix.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </article>
        ))}
      </div>
    </section>
  );
});
