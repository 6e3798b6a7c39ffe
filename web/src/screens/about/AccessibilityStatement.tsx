import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../../ui/pageTitle';

/** The operator's feedback channel for barriers (/config.json "accessibility", deploy/web LOTSE_ACCESSIBILITY_*). */
export interface AccessibilityContact {
  email?: string;
  phone?: string;
}

/** The day this statement was last reviewed against the app (BITV 2.0 asks for the date of the statement). */
const REVIEWED_ON = '7. Dezember 2026';

/**
 * Erklärung zur Barrierefreiheit (BITV 2.0 § 7, after the EU model statement 2018/1523): how far the app meets the
 * requirements, what does not yet, how that was found, where to report a barrier and where to turn if that does not
 * help. Reachable from every page and before signing in. Its list of gaps must stay true: web/README.md "Reflow" and
 * the known gaps there are its source.
 */
export function AccessibilityStatement({
  contact,
  standalone,
}: {
  contact: AccessibilityContact;
  standalone: boolean;
}) {
  usePageTitle('Erklärung zur Barrierefreiheit');
  const back = useLocation().state as unknown;
  const body = (
    <article className="statement">
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p>
        Das Jobcenter möchte Lotse, die Anwendung für das beschäftigungsorientierte Fallmanagement, für alle Menschen
        zugänglich machen – für seine Mitarbeiterinnen und Mitarbeiter ebenso wie für die Beratungsstellen, mit denen es
        zusammenarbeitet. Maßstab sind das Behindertengleichstellungsgesetz und die
        Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Diese Erklärung gilt für die Webanwendung Lotse.
      </p>

      <h2>Wie weit Lotse barrierefrei ist</h2>
      <p>
        Lotse ist mit den Anforderungen <strong>teilweise vereinbar</strong>. Die Anwendung ist für die Bedienung mit
        der Tastatur gebaut, der Fokus ist sichtbar und wird nach dem Speichern und beim Seitenwechsel geführt,
        Fehlermeldungen stehen gesammelt oben im Formular und führen zum betroffenen Feld, und alle Seiten lassen sich
        bei 320 Pixel Breite beziehungsweise 400 % Vergrößerung ohne seitliches Scrollen nutzen. Bevor Ihre Anmeldung
        abläuft, werden Sie gewarnt und können sie mit einem Klick verlängern.
      </p>

      <h2>Was noch nicht barrierefrei ist</h2>
      <ul>
        <li>
          Personen und Teams erscheinen noch mit ihren Kurzkennungen (zum Beispiel „fm-anna“) statt mit ihren Namen.
          Namen folgen mit dem Verzeichnis der Mitarbeitenden.
        </li>
        <li>
          Breite Tabellen lassen sich auf schmalen Bildschirmen innerhalb ihres eigenen Bereichs seitlich verschieben;
          der Bereich ist mit der Tastatur erreichbar und benannt.
        </li>
        <li>
          Die Diagramme der Steuerung sind Bilder; ihre Werte stehen jeweils in einer aufklappbaren Tabelle darunter.
        </li>
        <li>
          Der Kooperationsplan lässt sich bisher nur als Druckseite ausgeben; barrierefreie PDF-Dokumente folgen mit den
          Briefvorlagen.
        </li>
        <li>Erläuterungen in Deutscher Gebärdensprache und in Leichter Sprache gibt es noch nicht.</li>
      </ul>

      <h2>Wie diese Erklärung entstanden ist</h2>
      <p>
        Diese Erklärung wurde am {REVIEWED_ON} erstellt. Sie beruht auf einer Selbstbewertung: Bei jeder Änderung prüfen
        automatische Tests alle Hauptseiten nach den Erfolgskriterien der WCAG 2.1 (Stufen A und AA) bei 320 Pixel
        Breite und in Laptopgröße, dazu Bedienung mit der Tastatur, Fokusführung und Fehlermeldungen in den wichtigsten
        Abläufen. Eine Prüfung mit Nutzerinnen und Nutzern assistiver Technik steht noch aus.
      </p>

      <h2 id="feedback">Barrieren melden</h2>
      <p>
        Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns. Nennen
        Sie bitte die Seite und beschreiben Sie, was nicht funktioniert hat – aber keine Angaben zu Kundinnen und
        Kunden.
      </p>
      {contact.email ? (
        <ul className="statement__contact">
          <li>
            E-Mail:{' '}
            <a href={`mailto:${contact.email}?subject=${encodeURIComponent('Barriere in Lotse')}`}>{contact.email}</a>
          </li>
          {contact.phone && (
            <li>
              Telefon: <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            </li>
          )}
        </ul>
      ) : (
        <p>Bitte wenden Sie sich an die Fachadministration Ihres Jobcenters.</p>
      )}

      <h2>Schlichtungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten haben, können Sie sich an die
        Schlichtungsstelle nach dem Behindertengleichstellungsgesetz wenden. Sie hilft, Streit über Barrieren
        außergerichtlich beizulegen. Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.
      </p>
      <p>
        Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die
        Belange von Menschen mit Behinderungen, Mauerstraße 53, 10117 Berlin,{' '}
        <a href="https://www.schlichtungsstelle-bgg.de">www.schlichtungsstelle-bgg.de</a>. Für Jobcenter in kommunaler
        Trägerschaft ist die Schlichtungsstelle ihres Landes zuständig.
      </p>
    </article>
  );
  // signed out there is no page frame (Layout): the statement brings its own main region and a way back
  return standalone ? (
    <main id="main" className="login">
      {body}
      <p>
        <Link to="/anmeldung" state={back}>
          Zur Anmeldung
        </Link>
      </p>
    </main>
  ) : (
    body
  );
}
