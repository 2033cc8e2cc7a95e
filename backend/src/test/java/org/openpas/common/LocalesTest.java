package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an Accept-Language header picks one of the six languages (issue 19). */
class LocalesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "fr-CA,fr;q=0.9,en;q=0.8 | fr",
        "de;q=1.0, pa;q=0.5, en;q=0.2 | pa",
        "en;q=0.1, tl | tl",
        "fr;q=0, zh;q=0.5 | zh-Hans",
        "zh-TW | zh-Hant",
        "zh-HK | zh-Hant",
        "zh-Hant-HK | zh-Hant",
        "zh-CN | zh-Hans",
        "yue | zh-Hant",
        "fil-PH | tl",
        "pa-Guru-IN | pa",
        "de | en",
        "* | en",
        "fr;q=abc | en",
        "'@@@, ??' | en",
        "'' | en",
    })
    void theHeaderPicksTheFirstSupportedLanguageByWeight(String header, String tag) {
        assertEquals(tag, Locales.tag(Locales.fromAcceptLanguage(header)));
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsEnglish() {
        assertEquals("en", Locales.tag(Locales.fromAcceptLanguage(null)));
        assertEquals("en", Locales.tag(Locales.fromAcceptLanguage("fr,".repeat(200))));
    }
}
