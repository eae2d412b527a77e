import { t } from '../i18n/lang.ts';

/**
 * Tillgänglighetsredogörelse as the DOS law (lag 2018:1937) and DIGG's model ask for: scope, compliance,
 * known shortcomings, how to report them, and the supervisory authority. The body publishing the app fills
 * in its own contact details; the app itself has none to give (it runs on the user's device).
 */
export function AccessibilityView() {
  return (
    <section aria-labelledby="a11y-h" class="prose">
      <h2 id="a11y-h">{t('Tillgänglighetsredogörelse', 'Accessibility statement')}</h2>
      <p>
        {t(
          'Fundwatch ska kunna användas av så många som möjligt. Den här redogörelsen beskriver hur appen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service (DOS-lagen), kända brister och hur du kan rapportera problem.',
          'Fundwatch should be usable by as many people as possible. This statement describes how the app meets the Swedish Act (2018:1937) on accessibility to digital public services (the DOS Act), known shortcomings and how to report problems.',
        )}
      </p>
      <h3>{t('Hur tillgänglig är appen?', 'How accessible is the app?')}</h3>
      <p>
        {t(
          'Appen är delvis förenlig med lagen. Alla vyer provas automatiskt med axe-core vid 320, 360 och 1280 pixels bredd, och hela flödet bevaka → status → anteckning → export provas med enbart tangentbord. Tidslinjens bild har samma innehåll som lista.',
          'The app partially complies with the law. Every view is checked automatically with axe-core at 320, 360 and 1280 pixels wide, and the flow watch → status → note → export is tested with the keyboard only. The timeline picture has the same content as a list.',
        )}
      </p>
      <h3>{t('Innehåll som inte är tillgängligt', 'Content that is not accessible')}</h3>
      <ul>
        <li>
          {t(
            'Utlysningarnas texter kommer från finansiärernas webbplatser och kan sakna språkmärkning eller vara svåra att läsa.',
            "Call texts come from the funders' websites and may lack language markup or be hard to read.",
          )}
        </li>
        <li>
          {t(
            'Tidslinjens staplar visar datum ungefärligt; exakta datum står i länkens text och i listan.',
            "The timeline's bars show dates approximately; exact dates are in the link text and in the list.",
          )}
        </li>
        <li>
          {t(
            'Appen har ännu inte granskats manuellt av en extern part (WCAG 2.1 nivå AA).',
            'The app has not yet been audited manually by an external party (WCAG 2.1 level AA).',
          )}
        </li>
      </ul>
      <h3>{t('Rapportera brister', 'Report problems')}</h3>
      <p>
        {t(
          'Kontakta den kommun eller region som erbjuder appen, via dess vanliga kontaktvägar, om du upptäcker brister eller behöver innehåll i annan form.',
          'Contact the municipality or region that offers the app, through its usual channels, if you find problems or need content in another form.',
        )}
      </p>
      <h3>{t('Tillsyn', 'Enforcement')}</h3>
      <p>
        {t(
          'Myndigheten för digital förvaltning (DIGG) har ansvar för tillsyn över lagen. Om du inte är nöjd med hur dina synpunkter hanteras kan du anmäla det till DIGG: ',
          'The Agency for Digital Government (DIGG) enforces the law. If you are not satisfied with how your comments are handled, you can report it to DIGG: ',
        )}
        <a href="https://www.digg.se/tdosanmalan" rel="noopener noreferrer" target="_blank">
          digg.se/tdosanmalan
        </a>
        .
      </p>
      <h3>{t('Hur vi testat', 'How we tested')}</h3>
      <p>
        {t(
          'Självskattning med automatiska tester (axe-core i Chromium) och tangentbordstester vid varje ändring. Redogörelsen uppdaterades senast 30 november 2026.',
          'Self-assessment with automated tests (axe-core in Chromium) and keyboard tests on every change. The statement was last updated on 30 November 2026.',
        )}
      </p>
    </section>
  );
}
