package main

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/extract"
)

// languageNames names the languages cleaning recognises, for listings
// and notices.
var languageNames = map[string]string{
	"en": "English", "ru": "Russian", "fa": "Persian/Dari", "ps": "Pashto", "tg": "Tajik", "uz": "Uzbek",
	"kk": "Kazakh", "ky": "Kyrgyz", "uk": "Ukrainian", "ur": "Urdu", "ar": "Arabic", "fr": "French",
	"es": "Spanish", "de": "German", "pt": "Portuguese",
}

// languageName is the name of an ISO 639-1 code, or the code itself.
func languageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// uncodedLanguage: cleaning named the language and the extractor does not
// code it (extract.Codes).
func uncodedLanguage(lang string) bool { return lang != "" && !extract.Codes(lang) }

// notCoded: an article in an uncoded language that gave no event, which
// must never pass for a report of nothing.
func notCoded(lang string, events int) bool { return uncodedLanguage(lang) && events == 0 }

// notCodedLine is the notice for an article notCoded, or "" for any other.
func notCodedLine(id, title, lang string, events int) string {
	if !notCoded(lang, events) {
		return ""
	}
	return fmt.Sprintf("sitrep ingest: %s %q: %s article, not coded yet: stored without events", id, clip(title, 60), languageName(lang))
}
