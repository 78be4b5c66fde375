package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The phrase lists below describe kinds of page furniture, in the languages
// our sources use. They are matched against whole short lines or line
// starts only, so an article sentence that mentions a newsletter or a
// Telegram channel is not mistaken for one.

// rxReadAlso matches inline "read also" teasers that link to other
// stories: "Read more: ...", "Lesen Sie auch: ...", "Lea también: ...".
var rxReadAlso = regexp.MustCompile(`(?i)^\s*(?:read (?:more|also|next)|also read|see also|related(?: story| article)?|more on this|watch|listen|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|siehe auch|lea (?:también|tambien|más|mas|además)|lea|le puede interesar|te puede interesar|puede interesarte|ver también|leia (?:também|mais)|veja também|à lire aussi|a lire aussi|lire aussi|voir aussi|czytaj (?:też|także|więcej)|zobacz (?:też|także)|leggi anche|per approfondire|читайте (?:также|ещё|еще)|смотрите также|см\. также|по теме|همچنین بخوانید|بیشتر بخوانید|بخوانید)\s*(?::|»|>|\|)`)

// rxRelatedHeading matches headings that open a block of links to other
// content; what follows them at the end of a page is not the article.
var rxRelatedHeading = regexp.MustCompile(`(?i)^\s*(?:related(?: articles| stories| posts| content| news| coverage)?|more (?:stories|articles|news|from [\pL .]+|on this (?:topic|story))|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest (?:news|stories|articles)|popular posts|recent posts|tags?|topics|share this(?: article| story)?|das könnte (?:sie|dich) auch interessieren!?|auch interessant:?|weitere (?:artikel|themen|nachrichten|beiträge|meldungen)|neueste (?:artikel|beiträge)|meistgelesen|meistgelesene artikel|mehr zum thema|themen|lo más (?:leído|visto)|más noticias|noticias relacionadas|contenido relacionado|temas(?: relacionados)?|te puede interesar|etiquetas|artículos relacionados|sur le même sujet|à lire aussi|les plus lus|dans la même rubrique|mots-clés|leia também|mais lidas|notícias relacionadas|czytaj także|najczęściej czytane|polecane|zobacz także|tagi|похожие (?:новости|материалы|статьи|публикации)|другие новости|новости по теме|материалы по теме|читайте также|самое (?:читаемое|популярное)|популярное|последние новости|теги|метки|ключевые слова|مطالب مرتبط|اخبار مرتبط|خبرهای مرتبط|مطالب پیشنهادی|پربیننده[\x{200c} ]?ترین(?: مطالب|[\x{200c} ]?ها)?|پربازدیدترین(?: مطالب|[\x{200c} ]?ها)?|آخرین (?:اخبار|مطالب)|برچسب[\x{200c} ]?ها|کلیدواژه[\x{200c} ]?ها|موضوعات مرتبط)\s*:?\s*$`)

// rxCallToAction matches requests to subscribe, follow, donate or write
// in, and notices about ads and affiliate links.
var rxCallToAction = regexp.MustCompile(`(?i)(?:sign(?:ing)? up (?:to|for) (?:our|the) (?:\w+ )?newsletter|subscribe (?:now|today|to our|here)|(?:our|free|daily|weekly) newsletter|newsletter abonnieren|jetzt abonnieren|suscr[ií]bete|abonnez-vous|zapraszamy (?:też )?do subskrypcji|follow (?:us|[\pL .]{2,40}) on (?:twitter|facebook|instagram|telegram)|s[ií]guenos en|folgen sie uns|suivez-nous|download (?:the|our) [\pL .]{0,40}apps?\b|support (?:our|independent) (?:work|journalism)|support us\b|become a (?:member|patron|subscriber)|wesprzyj nas|unterstützen sie uns|apóyanos|soutenez-nous|letters? to the editor|if you (?:enjoyed|liked) (?:reading )?this|enthält affiliate[- ]links|affiliate links|never miss (?:a|the latest|our)|sign up for free|free sign up|click here to (?:subscribe|sign up|read more)|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|wszelkie prawa zastrzeżone|vervielfältigung nur mit genehmigung|jetzt (?:testen|abonnieren|bestellen|gratis lesen)|probeabo|abo abschließen|(?:we|this (?:site|website)) uses? cookies)`)

// rxCreditStart matches a line that begins as a photo credit; rxCredit a
// credit anywhere in a caption.
var rxCreditStart = regexp.MustCompile(`(?i)^\s*(?:©|\(c\)\s|copyright\b|(?:photo|foto|fotos|bild|bilder|image|imagen|zdjęcie|fot\.|crédits? photos?|credits?|titelbild|beitragsbild|symbolbild|quelle)\s*:|vergrößern\b)`)
var rxCredit = regexp.MustCompile(`(?i)(?:©|\((?:photo|foto|bild|imagen|image|fot\.|zdjęcie)\s*:|getty images|picture[- ]alliance|/\s*(?:afp|ap|reuters|dpa|epa|anadolu)\b|\b(?:afp|ap|reuters|dpa|epa)\s*(?:photos?)?\s*/|[.!?]\s+(?:photo|photos|foto|bild|image|picture)\s*:)`)

// widgetLines are whole lines of page furniture seen in copies of web
// pages: navigation, players, comment widgets, share bars.
var widgetLines = map[string]bool{
	"accessibility links": true, "skip to content": true, "skip to main content": true,
	"breaking news": true, "back to top": true, "back to top button": true, "top": true,
	"menu": true, "search": true, "home": true, "share": true, "share this": true,
	"share this article": true, "share on facebook": true, "share on twitter": true,
	"tweet": true, "email": true, "print": true, "facebook": true, "twitter": true,
	"whatsapp": true, "telegram": true, "linkedin": true, "reddit": true, "copy link": true,
	"please wait": true, "loading": true, "loading...": true, "advertisement": true,
	"sponsored": true, "anzeige": true, "werbung": true, "publicidad": true,
	"no media source currently available": true, "previous post next post": true,
	"previous post": true, "next post": true, "previous article": true, "next article": true,
	"related articles": true, "related posts": true, "related stories": true,
	"related": true, "read more": true, "continue reading": true, "show more": true,
	"newest most voted": true, "oldest newest most voted": true, "most voted": true,
	"inline feedbacks": true, "view all comments": true, "load more comments": true,
	"subscribe": true, "login": true, "log in": true, "sign in": true, "sign up": true,
	"register": true, "close": true, "comments": true, "listen to this article": true,
	"follow us": true, "cookie settings": true, "accept": true, "accept all": true,
	"print this page": true, "font size": true, "a a a": true, "a+ a-": true,
	"toggle navigation": true, "main menu": true, "navigation": true, "sections": true,
	"главная": true, "поделиться": true, "печать": true, "версия для печати": true, "поиск": true,
	"меню": true, "подписаться": true, "комментарии": true, "صفحه اصلی": true, "اشتراک گذاری": true,
	"اشتراک\u200cگذاری": true, "چاپ": true, "جستجو": true, "منو": true, "ارسال به دوستان": true, "نظرات": true,
}

// rxCommentStart matches a line that opens the reader-comment section of a
// copied page; everything from there to the end is comments and forms.
var rxCommentStart = regexp.MustCompile(`(?i)^\s*(?:notify of|\d+\s+(?:comments?|responses?|replies|kommentare?|comentarios?|commentaires?|komentarz[ey]?)|(?:user |reader )?comments?(?: \(\d+\))?:?|(?:user comments\s+)?post a comment|leave a (?:reply|comment)|add (?:a|new) comment|write a comment|join the (?:discussion|conversation)|show comments|view comments|discussion|kommentare?|kommentar schreiben|comentarios|deja (?:un|tu) comentario|commentaires|laisser un commentaire|komentarze|dodaj komentarz|one (?:comment|response|reply|thought) on\b.*|\d+\s+(?:comments?|responses?|replies|thoughts?)\s+(?:to|on)\b.*|(?:login|log in|sign in) to (?:comment|reply).*|you must be logged in to post a comment.*|комментарии(?: \(\d+\))?:?|\d+ комментари(?:й|я|ев)|(?:оставить|добавить|написать|ваш) комментарий|نظرات(?: \([\d۰-۹]+\))?|[\d۰-۹]+ (?:نظر|دیدگاه)|دیدگاه[\x{200c} ]?ها|ارسال (?:نظر|دیدگاه)|نظر شما|(?:دیدگاه|نظر) خود را بنویسید|دیدگاهتان را بنویسید)\s*$`)

// rxDateLine matches a bare publication or update label.
var rxDateLine = regexp.MustCompile(`(?i)^(?:last )?(?:updated|modified|published|posted|release date|aktualisiert|zuletzt aktualisiert|letzte änderung|veröffentlicht|stand|actualizado|publicado|mis à jour|publié le|aktualizacja|opublikowano)(?: on| am| el| le)?\s*:?\s*[\d./:, -]*(?:\pL+\.?\s*[\d., :]*)?(?:uhr|am|pm|h)?\s*$`)

// rxMediaTime matches media player read-outs such as "0:00 0:03:20 0:00".
var rxMediaTime = regexp.MustCompile(`^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:/\s*)?)+$`)

// rxImagePlaceholder matches image-format widgets ("• 16x9 Image").
var rxImagePlaceholder = regexp.MustCompile(`(?i)^[\s•·*-]*(?:\d+x\d+|\d+:\d+)\s+(?:image|photo|video)\s*$`)

// rxMission matches an outlet's statement about itself: what it is, what
// it provides, press freedom. Copied pages often end with one.
var rxMission = regexp.MustCompile(`(?i)(?:free press|press freedom|independent journalism|\bour (?:mission|journalists|journalism|reporters|newsroom)\b|\bwe (?:provide|report|bring|deliver|cover)\b[^.]*\b(?:news|journalism|reporting|information)\b)`)

// isMission reports whether a closing paragraph is the outlet's
// self-description rather than article text: it talks about the outlet
// and quotes nobody.
func isMission(p string) bool {
	return len(p) < 600 && !strings.ContainsAny(p, "\"“”«»„") && rxMission.MatchString(p)
}

// isWidgetLine reports whether a whole line is page furniture.
func isWidgetLine(line string) bool {
	k := strings.ToLower(strings.Trim(collapseSpace(line), " .:|»›>•·*-"))
	if k == "" {
		return false
	}
	if widgetLines[k] {
		return true
	}
	if rxMediaTime.MatchString(line) || rxImagePlaceholder.MatchString(line) {
		return true
	}
	// "Support <Outlet>" donation buttons: two or three words, no sentence.
	if w := strings.Fields(k); len(w) <= 3 && (w[0] == "support" || w[0] == "donate") && !endsSentence(line) {
		return true
	}
	return false
}

// endsSentence reports whether text ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？'
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// hasLetters reports whether s contains at least n letters.
func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}
