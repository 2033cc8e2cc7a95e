import { namesMonths } from './format';

describe('namesMonths', () => {
  it('is true where the browser has the language’s month names', () => {
    for (const locale of ['en-CA', 'fr-CA', 'zh-Hant', 'fil']) {
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
      expect(namesMonths((instant) => short.format(instant)), locale).toBe(true);
    }
  });

  it('is false for the root locale’s fallback of a browser without the data (Debian’s Chromium and Punjabi)', () => {
    expect(namesMonths(() => 'M12')).toBe(false);
  });
});
