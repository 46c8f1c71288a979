// "Fix an error": paste an SMTP reply or an Outlook error code, get the
// cause and the fixes in the order to try them (catalogue in src/core).

import { useId, useState, type FormEvent } from "react";
import { Button, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { explainError } from "../../core/explainError.js";
import type { Lang } from "../../core/language.js";
import type { ExplainResult } from "../../core/types.js";
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

export default function ExplainerSection({ t, lang }: { t: PaneStrings; lang: Lang }) {
  const styles = useStyles();
  const headingId = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<ExplainResult | null>(null);
  const [empty, setEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // explainError rejects empty text; say so in the pane's language instead.
    const blank = text.trim() === "";
    setEmpty(blank);
    // The catalogue's texts follow the pane's language once they have German (src/core/i18n/de/explainer.ts).
    void lang;
    setResult(blank ? null : explainError(text));
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
        {result && result.matches.length === 0 ? <Text>{t.explainNoMatch}</Text> : null}
        {result?.matches.map((match) => (
          <article key={match.code} className={styles.match}>
            <h3 className={styles.matchHeading}>
              {match.code}: {match.title}
            </h3>
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
}
