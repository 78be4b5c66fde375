package main

import "fmt"

// languageNames names the languages cleaning recognises, for listings
// and notices.
var languageNames = map[string]string{
	"en": "English", "ru": "Russian", "fa": "Persian/Dari", "ps": "Pashto", "tg": "Tajik", "uz": "Uzbek",
	"kk": "Kazakh", "ky": "Kyrgyz", "uk": "Ukrainian", "ur": "Urdu", "ar": "Arabic", "fr": "French",
	"es": "Spanish", "de": "German", "pt": "Portuguese",
}

// notCodedYet are languages of the region's press that cleaning
// recognises and extraction does not read yet: their articles are stored
// and searchable, with no events, and ingest says so for each one.
var notCodedYet = map[string]bool{"ps": true, "tg": true, "uz": true}

// languageName is the name of an ISO 639-1 code, or the code itself.
func languageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// notCodedLine is the notice for an article in a language not coded yet,
// or "" for any other article.
func notCodedLine(id, title, lang string) string {
	if !notCodedYet[lang] {
		return ""
	}
	return fmt.Sprintf("sitrep ingest: %s %q: %s article, not coded yet: stored without events", id, clip(title, 60), languageName(lang))
}
