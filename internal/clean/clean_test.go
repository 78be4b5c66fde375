package clean

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func encodeCP1251(s string) ([]byte, error) {
	return charmap.Windows1251.NewEncoder().Bytes([]byte(s))
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestHTMLPages(t *testing.T) {
	tests := []struct {
		file      string
		charset   string
		title     string
		site      string
		author    string
		canonical string
		lang      string
		published string // RFC 3339 date or ""
		want      []string
		notWant   []string
	}{
		{
			file:      "wordpress_comments.html",
			title:     "Shelling resumes along the Batken border",
			site:      "Valley Monitor",
			author:    "Aibek Toktogulov",
			canonical: "https://valley-monitor.example/2022/09/batken-shelling/",
			lang:      "en",
			published: "2022-09-16",
			want: []string{
				"Mortar fire between Kyrgyz and Tajik border units resumed on Friday morning",
				"two civilians were killed when a shell hit a house",
				"Evacuation of villages",
				"agreed to pull back heavy weapons, according to a statement from Bishkek.",
			},
			notWant: []string{
				"My cousin lives in Kok-Tash", "Both governments keep promising", "Leave a Reply",
				"thoughts on", "We use cookies", "Share on Facebook", "Checkpoint row closes",
				"Most read", "Prices rise at the Osh bazaar", "All rights reserved", "dataLayer",
				"Privacy policy", "About us",
			},
		},
		{
			file:      "disqus_jsonld.html",
			title:     "Checkpoint attack kills soldiers in North Waziristan",
			site:      "Frontier Daily",
			author:    "Sana Qureshi",
			canonical: "https://frontier-daily.example/news/north-waziristan-checkpoint-attack",
			lang:      "en",
			published: "2023-03-08",
			want: []string{
				"Militants attacked a security checkpoint in the Mir Ali area",
				"No group immediately claimed the attack.",
				"mobile phone service had been cut",
				"funeral prayers would be held at the corps headquarters in Peshawar on Thursday.",
			},
			notWant: []string{
				"The army keeps saying", "Prayers for the families", "kpk_reader",
				"Read more:", "Bannu standoff", "sign up for our daily newsletter",
				"Flood relief convoy", "Markets close higher", "Terms", "disqus_config",
			},
		},
		{
			file:      "plain_comments.html",
			title:     "Convoy ambushed on the road to Ménaka",
			site:      "Sahel Watch",
			published: "2024-02-11",
			want: []string{
				"A supply convoy escorted by Malian soldiers was ambushed about forty kilometres west of Ménaka",
				`The army said in a short statement that its troops had "vigorously repelled"`,
				"prices of rice and millet have doubled",
			},
			notWant: []string{
				"Nobody protects the drivers", "How many more convoys", "The army statement says nothing",
				"Reader comments", "Moussa K.", "Burkina Faso | ",
			},
		},
		{
			file:      "cp1251_meta.html",
			title:     "Перестрелка на границе в Баткенской области",
			site:      "Новости долины",
			lang:      "ru",
			published: "2021-04-29",
			want: []string{
				"В четверг утром на участке киргизско-таджикской границы возле села Кок-Таш",
				"договорились об отводе войск от линии границы.",
			},
			notWant: []string{"когда же наконец закончат", "Комментарии", "Главная"},
		},
		{
			file:  "latin1_meta.html",
			title: "Attaque contre un poste militaire près de Djibo",
			lang:  "fr",
			want: []string{
				"Un détachement de l'armée burkinabè a été attaqué dimanche à l'aube près de Djibo",
				"La situation reste tendue, les familles ne sortent plus après 18 heures",
				"«", "»",
			},
			notWant: []string{"Tous droits réservés", "Accueil"},
		},
		{
			file:  "cp1252_undeclared.html",
			title: "Combates en el Catatumbo obligan a cientos de familias a huir",
			want: []string{
				"han obligado a más de 800 familias a abandonar sus veredas",
				"riesgo de minas antipersonal en los caminos rurales.",
			},
			notWant: []string{"Lea también", "Nuevo paro armado", "Deportes"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			p, err := HTML(readTestdata(t, tc.file), tc.charset, "")
			if err != nil {
				t.Fatal(err)
			}
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", p.Title, tc.title)
			check("SiteName", p.SiteName, tc.site)
			check("Author", p.Author, tc.author)
			check("CanonicalURL", p.CanonicalURL, tc.canonical)
			check("Language", p.Language, tc.lang)
			if tc.published != "" {
				check("Published", p.Published.Format(time.DateOnly), tc.published)
			}
			for _, w := range tc.want {
				if !strings.Contains(p.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, nw := range tc.notWant {
				if strings.Contains(p.Text, nw) {
					t.Errorf("text keeps %q", nw)
				}
			}
			if strings.HasPrefix(p.Text, p.Title) {
				t.Errorf("text repeats the title")
			}
			if strings.Contains(p.Text, "\n\n\n") || strings.TrimSpace(p.Text) != p.Text {
				t.Errorf("paragraph layout not normalised: %q", p.Text)
			}
			if t.Failed() {
				t.Logf("text:\n%s", p.Text)
			}
		})
	}
}

// A page sent without a <meta> charset but with one in the HTTP header
// must follow the header.
func TestHTMLHeaderCharset(t *testing.T) {
	page := "<html><body><h1>Обстрел</h1><p>" + strings.Repeat("Пограничники сообщили об обстреле поста у реки. ", 12) + "</p></body></html>"
	raw, err := encodeCP1251(page)
	if err != nil {
		t.Fatal(err)
	}
	p, err := HTML(raw, "windows-1251", "https://example.org/a")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Text, "Пограничники сообщили об обстреле") {
		t.Errorf("header charset ignored: %q", headOf(p.Text, 200))
	}
	if p.CanonicalURL != "https://example.org/a" {
		t.Errorf("CanonicalURL = %q, want the page URL", p.CanonicalURL)
	}
	// Callers sometimes pass the whole Content-Type value.
	p, err = HTML(raw, `text/html; charset="windows-1251"`, "")
	if err != nil || !strings.Contains(p.Text, "Пограничники сообщили") {
		t.Errorf("Content-Type value as charset: %v, %q", err, headOf(p.Text, 200))
	}
}

// Without a date in the metadata the page URL and markup are searched.
func TestHTMLDateSearch(t *testing.T) {
	p, err := HTML(readTestdata(t, "latin1_meta.html"), "", "https://sahel.example/2023/03/12/djibo-attaque.html")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Published.Format(time.DateOnly); got != "2023-03-12" {
		t.Errorf("Published = %s, want 2023-03-12 from the URL", got)
	}
	p, err = HTML(readTestdata(t, "cp1252_undeclared.html"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Published.IsZero() {
		t.Errorf("Published = %v for a page with no date anywhere", p.Published)
	}
}

func TestHTMLErrors(t *testing.T) {
	for name, raw := range map[string][]byte{
		"empty":      nil,
		"no text":    []byte("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>"),
		"whitespace": []byte("   \n\t  "),
	} {
		if _, err := HTML(raw, "", ""); err == nil {
			t.Errorf("%s: no error", name)
		} else if !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: error %v does not wrap ErrEmpty", name, err)
		}
	}
}

func TestTextSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Fatal("seed articles not found at " + dir)
	}
	banned := []string{
		"Notify of", "You can call me Al", "Back to top button", "Accessibility links",
		"Post a Comment", "Support SouthFront", "No media source currently available",
		"Newest Most Voted", "View all comments", "Related Articles", "please wait",
		"0:00 0:03:20", "16x9 Image", "Previous Post Next Post", "free press is banned",
		"AP Photos/", "(Source: Twitter)",
	}
	// Fragments of article sentences and the expected titles, by file-name
	// prefix; seeds without an entry are still checked for boilerplate.
	want := map[string]struct {
		title string
		frags []string
	}{
		"000": {"Fighter Jets Strike Taliban After Its Members Clash With Tajik Border Guards", []string{
			"an airstrike was carried out in Darqad district", "six of the gunmen were killed",
			"at least 12 border police officers were killed",
		}},
		"001": {"the Taliban has just declared war on Russia and its allies?", []string{
			"deployed \"tens of thousands of special forces\"", "Tajikistan mobilized about 230,000 troops",
		}},
		"002": {"Tajikistan security forces killed in border clashes blamed on ISIS", []string{
			"left 17 people dead", "at least 32 people were killed in a prison riot", "With reporting from AFP",
		}},
		"003": {"Taliban Forces More Afghan Soldiers To Flee Into Tajikistan", []string{
			"17 Afghan soldiers fled into the country on June 27", "53 Afghan troops and allied militia fighters",
			"\"Afghans are going to have to decide their future,\" he added.",
		}},
		"004": {"Tajik Taliban members prepare to carry jihad home", []string{
			"The length of the shared border is 1,344 km.", "killing and wounding more than 40 Afghan security personnel",
		}},
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Text(raw)
			if err != nil {
				t.Fatal(err)
			}
			all := p.Title + "\n\n" + p.Text
			for _, b := range banned {
				if strings.Contains(all, b) {
					t.Errorf("boilerplate %q kept", b)
				}
			}
			w, ok := want[filepath.Base(f)[:3]]
			if !ok {
				return
			}
			if !strings.HasSuffix(p.Title, w.title) {
				t.Errorf("Title = %q, want one ending in %q", p.Title, w.title)
			}
			if strings.Contains(p.Text, w.title) {
				t.Errorf("title repeated inside the text")
			}
			for _, fr := range w.frags {
				if !strings.Contains(p.Text, fr) {
					t.Errorf("article text lacks %q", fr)
				}
			}
			if p.Language != "en" {
				t.Errorf("Language = %q, want en", p.Language)
			}
		})
	}
}

func TestTextPages(t *testing.T) {
	tests := []struct {
		file, title, author, published string
		want, notWant                  []string
	}{
		{
			file:      "copied_blog.txt",
			title:     "Border guards trade fire near the Isfara canal",
			author:    "Gulnara Sadykova",
			published: "2021-05-03",
			want: []string{
				"Kyrgyz and Tajik border guards exchanged automatic fire near the Isfara irrigation canal",
				"The Tajik border service said two of its guards had been taken to hospital in Isfara.",
				"Several cars were set on fire.",
				"a joint commission would meet on Friday",
			},
			notWant: []string{
				"Skip to content", "Support Valley Monitor", "Photo:", "12 Comments", "Share", "Tweet",
				"Soldiers at the canal in 2019.", "Related Articles", "Ceasefire talks stall",
				"Leave a Reply", "Temir_kg", "Peace to both peoples", "Home\n", "Security\n",
			},
		},
		{
			// Masthead and tagline above the headline; a caption given
			// twice on adjacent lines.
			file:      "masthead_tagline.txt",
			title:     "Mopti: Gunmen Torch Granaries In Three Villages As Herders Flee South",
			author:    "Amadou Traore",
			published: "2026-03-03",
			want: []string{
				"Armed men on motorbikes set fire to grain stores in three villages east of Bandiagara",
				"took about forty head of cattle with them when they left.",
			},
			notWant: []string{"Sahel Ledger", "News from the Edge", "Burnt granaries stand empty", "Donate"},
		},
		{
			file:  "crlf_news.txt",
			title: "Pakistan: drone strike reported in Kurram",
			want: []string{
				"A drone strike hit a compound in the Kurram tribal district late on Monday",
				"There was no comment from the military.",
				"Residents said a second explosion was heard",
			},
			notWant: []string{"\r", "Media player", "0:00", "Read more", "Follow us", "5 Comments", "Zahid"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			p, err := Text(readTestdata(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			if tc.author != "" && p.Author != tc.author {
				t.Errorf("Author = %q, want %q", p.Author, tc.author)
			}
			if tc.published != "" && p.Published.Format(time.DateOnly) != tc.published {
				t.Errorf("Published = %v, want %s", p.Published, tc.published)
			}
			for _, w := range tc.want {
				if !strings.Contains(p.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, nw := range tc.notWant {
				if strings.Contains(p.Text, nw) {
					t.Errorf("text keeps %q", nw)
				}
			}
			if strings.Contains(p.Text, tc.title) {
				t.Errorf("title repeated inside the text")
			}
			if t.Failed() {
				t.Logf("text:\n%s", p.Text)
			}
		})
	}
}

// Article lines that merely look like widgets or comment headers stay.
func TestTextKeepsLookalikes(t *testing.T) {
	keep := []string{
		"Comments from the defence ministry were not available on Tuesday evening.",
		"12 responses to the survey of displaced families were received by the agency.",
		"Support for the ceasefire is growing among elders on both sides of the border.",
		"Responses to the attack were swift, and the army sent reinforcements to the valley.",
		"Share prices in Dushanbe fell sharply after the clashes.",
		"Discussion of the border map will resume next month, officials said.",
	}
	in := "Ceasefire talks resume\n\n" +
		"Delegations from both countries met in the border town of Isfara on Monday to resume talks on the disputed frontier.\n\n" +
		strings.Join(keep, "\n\n") + "\n"
	p, err := Text([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keep {
		if !strings.Contains(p.Text, k) {
			t.Errorf("dropped article line %q", k)
		}
	}
	page := `<html><body><article><h1>Raid on a border post</h1>
<p>Gunmen attacked a border post in the Sahel region overnight, killing two gendarmes, the interior ministry said on Saturday morning.</p>
<h2>Response to the attack</h2>
<p>The army sent reinforcements by helicopter and said the attackers had fled towards the frontier with Niger.</p>
<p>Comments by the regional governor suggested that the post had asked for more troops weeks earlier.</p>
<h2>Discussion in parliament</h2>
<p>Deputies asked the defence minister to explain why the post had been left with only twelve men.</p>
</article></body></html>`
	hp, err := HTML([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"Response to the attack", "sent reinforcements by helicopter", "Comments by the regional governor", "Deputies asked the defence minister"} {
		if !strings.Contains(hp.Text, k) {
			t.Errorf("HTML: dropped article text %q; got %q", k, hp.Text)
		}
	}
}

func TestTextMissionStatement(t *testing.T) {
	body := "Grain convoy reaches Djibo\n\n" +
		"A convoy of forty lorries carrying grain reached the besieged town of Djibo on Thursday after a week on the road, officials said.\n\n" +
		"\"We will keep the road open whatever it costs,\" said a regional official who asked not to be named.\n\n"
	p, err := Text([]byte(body + "Sahel Watch is an independent newsroom. Our reporters cover the region for readers where a free press is rare.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Text, "independent newsroom") {
		t.Errorf("mission statement kept: %q", p.Text)
	}
	if !strings.Contains(p.Text, "We will keep the road open") {
		t.Errorf("quoted closing paragraph dropped: %q", p.Text)
	}
}

func TestTextShort(t *testing.T) {
	for in, want := range map[string]Page{
		"Just a title": {Title: "Just a title"},
		// A one-sentence report is both its title and its text.
		"Two soldiers were wounded when a mine exploded near the Gao airfield on Friday, the army said.\n": {
			Title: "Two soldiers were wounded when a mine exploded near the Gao airfield on Friday, the army said.",
			Text:  "Two soldiers were wounded when a mine exploded near the Gao airfield on Friday, the army said.",
		},
		"Title line\n\nOne short paragraph.": {Title: "Title line", Text: "One short paragraph."},
		"\n\n  Padded title  \n\nBody here.": {Title: "Padded title", Text: "Body here."},
		"Wrapped report\n\nTribal elders in the Kurram valley said on Sunday that the\nceasefire agreed last week was holding, although sporadic\ngunfire was heard near the district headquarters.\n": {
			Title: "Wrapped report",
			Text:  "Tribal elders in the Kurram valley said on Sunday that the ceasefire agreed last week was holding, although sporadic gunfire was heard near the district headquarters.",
		},
	} {
		got, err := Text([]byte(in))
		if err != nil {
			t.Errorf("Text(%q): %v", in, err)
			continue
		}
		if got.Title != want.Title || got.Text != want.Text {
			t.Errorf("Text(%q) = %q / %q, want %q / %q", in, got.Title, got.Text, want.Title, want.Text)
		}
	}
}

func TestTextCharsets(t *testing.T) {
	body := "Столкновение на границе\n\nВ четверг пограничники двух стран обменялись огнём у села, сообщили власти района.\n"
	cp, err := encodeCP1251(body)
	if err != nil {
		t.Fatal(err)
	}
	latin := []byte("Ataque en el norte\n\nUn ataque con explosivos da\xf1\xf3 un puente en la regi\xf3n, seg\xfan la polic\xeda local.\n")
	bom := append([]byte{0xEF, 0xBB, 0xBF}, []byte("Titel\n\nDer Konvoi wurde südlich der Stadt angegriffen, berichteten Augenzeugen.")...)
	for name, tc := range map[string]struct {
		raw  []byte
		want string
	}{
		"windows-1251": {cp, "обменялись огнём у села"},
		"windows-1252": {latin, "dañó un puente en la región, según la policía local."},
		"utf-8 bom":    {bom, "südlich der Stadt"},
	} {
		p, err := Text(tc.raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(p.Text, tc.want) {
			t.Errorf("%s: text %q lacks %q", name, p.Text, tc.want)
		}
	}
}

func TestTextErrors(t *testing.T) {
	tests := map[string]struct {
		raw  []byte
		want error
	}{
		"nul bytes":     {[]byte("PK\x03\x04\x00\x00\x08\x00zip data"), ErrBinary},
		"control chars": {[]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12abc"), ErrBinary},
		"no letters":    {[]byte("\x80\x85\x86\x87\x89\x91\x92\x93\x94\x95\x96\x97\x99\x9b\xa1\xa2\xa3\xa4\xa5\xa6\xa7"), ErrNotText},
		"utf-16 no bom": {[]byte("T\x00i\x00t\x00l\x00e\x00"), ErrBinary},
	}
	for name, tc := range tests {
		_, err := Text(tc.raw)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %v", name, err, tc.want)
		}
	}
	// Empty input is not an error: there is simply nothing.
	if p, err := Text(nil); err != nil || p.Title != "" || p.Text != "" {
		t.Errorf("Text(nil) = %+v, %v", p, err)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"", "Title\n\nBody.", "Notify of\n\nx", "by A B on 3 May 2021 | 2 Comments\n",
		"\xff\xfe\x00", "Title\r\n\r\nBody\r\n", "\xef\xbb\xbfT\n\nU", "\x80\x81 text",
	} {
		f.Add([]byte(s))
	}
	if raw, err := os.ReadFile(filepath.Join("testdata", "copied_blog.txt")); err == nil {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var p Page
		var err error
		within(t, 5*time.Second, raw, func() { p, err = Text(raw) })
		if err != nil {
			return
		}
		checkPage(t, p, len(raw))
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"", "<p>x</p>", "<html><head><meta charset=koi8-r></head><body><p>\xc1\xc2</p></body></html>",
		`<div id="comments"><h2>2 Comments</h2><p>a</p></div>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02"}</script><p>t</p>`,
		strings.Repeat("<div><b>", 300) + "<p>deep</p>", strings.Repeat("<font a=1></i>", 600) + "<p>deep</p>",
	} {
		f.Add([]byte(s))
	}
	for _, name := range []string{"plain_comments.html", "cp1251_meta.html"} {
		if raw, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var p Page
		var err error
		within(t, 5*time.Second, raw, func() { p, err = HTML(raw, "", "") })
		if err != nil {
			return
		}
		checkPage(t, p, len(raw))
	})
}

// within fails the test when fn does not return in time, so the fuzzer
// records inputs that make cleaning hang instead of stalling on them.
func within(t *testing.T, limit time.Duration, raw []byte, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("no result after %v for input %q", limit, raw)
	}
}

// checkPage asserts what holds for any cleaned page: valid UTF-8, trimmed
// paragraphs separated by exactly one blank line, and no blow-up: a byte
// decodes to at most three UTF-8 bytes, and on broken markup the
// extractor may repeat an unclosed heading's text in the block inside it,
// so the text is at most twice that.
func checkPage(t *testing.T, p Page, inLen int) {
	t.Helper()
	for name, v := range map[string]string{
		"Title": p.Title, "Text": p.Text, "Author": p.Author, "SiteName": p.SiteName,
		"CanonicalURL": p.CanonicalURL, "Language": p.Language, "Description": p.Description,
	} {
		if !utf8.ValidString(v) {
			t.Fatalf("%s is not valid UTF-8: %q", name, v)
		}
	}
	if strings.TrimSpace(p.Text) != p.Text || strings.Contains(p.Text, "\n\n\n") {
		t.Fatalf("bad paragraph layout: %q", p.Text)
	}
	if len(p.Title) > 3*inLen+16 || len(p.Text) > 6*inLen+16 {
		t.Fatalf("output (title %d, text %d bytes) out of proportion to the input (%d bytes)", len(p.Title), len(p.Text), inLen)
	}
}

func BenchmarkHTML(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(files) == 0 {
		b.Fatal("no testdata pages")
	}
	var pages [][]byte
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := HTML(p, "", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkText(b *testing.B) {
	raw := readTestdata(b, "copied_blog.txt")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Text(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTextMarkdownTitle: a Markdown article's title loses its marks.
func TestTextMarkdownTitle(t *testing.T) {
	body := "\n\nSoldiers and gunmen exchanged fire for two hours near the river crossing on Monday, officials said.\n"
	for _, tc := range []struct{ first, title string }{
		{"# Gunmen raid a checkpoint outside Ménaka", "Gunmen raid a checkpoint outside Ménaka"},
		{"### Curfew imposed in Quetta after blast ###", "Curfew imposed in Quetta after blast"},
		{"## **Army** retakes two villages in _Cabo Delgado_", "Army retakes two villages in Cabo Delgado"},
		{"# Drone strike reported in *Idlib* countryside", "Drone strike reported in Idlib countryside"},
		{"# [Border post](https://news.example/a) shelled near `Khorog`", "Border post shelled near Khorog"},
		{"Plain title about Jenin_camp and #hashtags", "Plain title about Jenin_camp and #hashtags"},
		{"#Hashtag headline without a heading space", "#Hashtag headline without a heading space"},
		{"3 * 4 fighters reported * missing in Tillabéri", "3 * 4 fighters reported * missing in Tillabéri"},
	} {
		got, err := Text([]byte(tc.first + body))
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != tc.title {
			t.Errorf("title of %q = %q, want %q", tc.first, got.Title, tc.title)
		}
		if strings.Contains(got.Text, tc.first) {
			t.Errorf("%q: the title line stayed in the text: %q", tc.first, got.Text)
		}
	}
}
