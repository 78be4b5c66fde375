package fuse

import (
	"math/bits"
	"strings"
	"testing"
)

// An invented wire story, as the wire sent it.
const wireOriginal = `Pakistani troops kill six militants in Bannu raid, army says

PESHAWAR, Pakistan (AP) — Pakistani security forces killed six militants in a pre-dawn raid on a hideout in the northwestern district of Bannu on Saturday, the military said, as violence surges in the province bordering Afghanistan.

The military's media wing said troops surrounded a compound on the outskirts of the town after receiving intelligence that fighters of the Pakistani Taliban were planning attacks on police stations in the area. An exchange of fire lasted several hours, it said in a statement.

Two soldiers were wounded in the fighting and were taken to a military hospital in Bannu, according to the statement. Weapons, ammunition and explosives were recovered from the compound, it added.

There was no immediate comment from Tehreek-e-Taliban Pakistan, known as the TTP, which is a separate group but a close ally of the Afghan Taliban. The group has stepped up attacks on security forces since 2022, when it unilaterally ended a ceasefire with the government.

Local police official Mohammad Irfan said residents of nearby villages had been asked to stay indoors while the search operation continued. Schools in the area were closed for the day.

Islamabad accuses Kabul of harbouring militants who use Afghan soil to plan attacks inside Pakistan, a charge the Taliban government denies. Relations between the neighbours have deteriorated sharply over the past year, and the main border crossing at Torkham has been closed repeatedly.

Khyber Pakhtunkhwa province has borne the brunt of the violence. Hundreds of police officers and soldiers have been killed in the province in the past two years, according to official figures.

Bannu, a town of several hundred thousand people about 200 kilometres south of Peshawar, has been the scene of several major attacks, including an assault on a military cantonment last year in which militants rammed an explosives-laden vehicle into its wall.`

// The same story on a newspaper's site: new headline, a dateline and
// bylines added, a "read more" block and footer, one sentence trimmed.
const wireReprint = `Six terrorists killed as security forces raid Bannu hideout

Published February 14, 2026 Updated a few seconds ago
By our correspondent | Agencies

PESHAWAR, Pakistan (AP) — Pakistani security forces killed six militants in a pre-dawn raid on a hideout in the northwestern district of Bannu on Saturday, the military said, as violence surges in the province bordering Afghanistan.

The military's media wing said troops surrounded a compound on the outskirts of the town after receiving intelligence that fighters of the Pakistani Taliban were planning attacks on police stations in the area. An exchange of fire lasted several hours, it said in a statement.

Two soldiers were wounded in the fighting and were taken to a military hospital in Bannu, according to the statement. Weapons, ammunition and explosives were recovered from the compound, it added.

There was no immediate comment from Tehreek-e-Taliban Pakistan, known as the TTP, which is a separate group but a close ally of the Afghan Taliban. The group has stepped up attacks on security forces since 2022, when it unilaterally ended a ceasefire with the government.

Local police official Mohammad Irfan said residents of nearby villages had been asked to stay indoors while the search operation continued.

Read more: Gunmen attack police checkpost in Lakki Marwat

Islamabad accuses Kabul of harbouring militants who use Afghan soil to plan attacks inside Pakistan, a charge the Taliban government denies. Relations between the neighbours have deteriorated sharply over the past year, and the main border crossing at Torkham has been closed repeatedly.

Khyber Pakhtunkhwa province has borne the brunt of the violence. Hundreds of police officers and soldiers have been killed in the province in the past two years, according to official figures.

Bannu, a town of several hundred thousand people about 200 kilometres south of Peshawar, has been the scene of several major attacks, including an assault on a military cantonment last year in which militants rammed an explosives-laden vehicle into its wall.

Copyright 2026 The Express Tribune. All rights reserved. Follow us on Twitter and Facebook for the latest news.`

// A different story on the same topic by the same outlet, same footer.
const sameOutletOther = `Gunmen attack police checkpost in Lakki Marwat, two policemen martyred

Published February 15, 2026 Updated a few seconds ago
By our correspondent | Agencies

PESHAWAR: Two policemen were martyred and another was injured when militants attacked a police checkpost in Lakki Marwat district of Khyber Pakhtunkhwa late on Sunday, police said.

According to police, a group of heavily armed militants opened fire on the checkpost from several directions using heavy weapons. The policemen returned fire and the attackers fled after an exchange of fire that lasted about an hour.

District police officer Tahir Khan said reinforcements were sent to the area and a search operation was launched to trace the attackers. The injured policeman was shifted to a hospital in Bannu, he said.

No group has claimed responsibility for the attack so far. The banned Tehreek-e-Taliban Pakistan has claimed several similar attacks on police in the southern districts of the province in recent months.

Lakki Marwat borders Bannu, where security forces said they had killed six militants in a raid on a hideout on Saturday. Police in the southern districts have complained of a shortage of equipment and personnel to counter the militants.

Chief Minister of Khyber Pakhtunkhwa condemned the attack and directed the police to arrest those involved. He said the sacrifices of the police would not go in vain.

Copyright 2026 The Express Tribune. All rights reserved. Follow us on Twitter and Facebook for the latest news.`

// A short wire story and its reprint with a new headline and footer.
const shortOriginal = `Landmine kills three soldiers in central Mali

BAMAKO (Reuters) - Three Malian soldiers were killed and two wounded when their vehicle struck a landmine near the town of Boni in central Mali on Tuesday, the army said. The explosion happened on the road between Boni and Hombori, an area where jihadist groups linked to al Qaeda and Islamic State are active. The army said in a statement that a search of the area was under way. No group claimed responsibility. Improvised explosive devices have killed hundreds of soldiers and civilians in central Mali since 2015.`

const shortReprint = `Mali: three soldiers die in mine blast near Boni

BAMAKO (Reuters) - Three Malian soldiers were killed and two wounded when their vehicle struck a landmine near the town of Boni in central Mali on Tuesday, the army said. The explosion happened on the road between Boni and Hombori, an area where jihadist groups linked to al Qaeda and Islamic State are active. The army said in a statement that a search of the area was under way. No group claimed responsibility. Improvised explosive devices have killed hundreds of soldiers and civilians in central Mali since 2015.

Share this article on WhatsApp`

func distance(a, b string) int { return bits.OnesCount64(SimHash(a) ^ SimHash(b)) }

func TestSimHash(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		dup  bool
	}{
		{"reprint with new headline, boilerplate, a sentence trimmed", wireOriginal, wireReprint, true},
		{"short reprint with new headline and footer", shortOriginal, shortReprint, true},
		{"same text, other case and punctuation", wireOriginal, strings.ToUpper(strings.ReplaceAll(wireOriginal, ",", " ;")), true},
		{"different story, same topic, same outlet", wireReprint, sameOutletOther, false},
		{"different story, same topic", wireOriginal, sameOutletOther, false},
		{"different stories", shortOriginal, wireOriginal, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := distance(tc.a, tc.b)
			t.Logf("Hamming distance %d", d)
			if got := NearDuplicate(SimHash(tc.a), SimHash(tc.b)); got != tc.dup {
				t.Errorf("NearDuplicate = %v (distance %d), want %v", got, d, tc.dup)
			}
		})
	}
	if SimHash("") != 0 || SimHash(" ,. ") != 0 {
		t.Error("empty text should hash to 0")
	}
	if SimHash("two words") == 0 {
		t.Error("short text hashes to 0")
	}
}

// TestSimHashDistances measures how far edits move the hash, averaged over
// many variants of the long story, to check the margin of
// NearDuplicateBits on both sides.
func TestSimHashDistances(t *testing.T) {
	paras := strings.Split(wireOriginal, "\n\n")
	base := SimHash(wireOriginal)
	maxDup := 0
	// Reprints: drop one paragraph's last sentence, add a footer, change
	// the headline: every combination.
	footers := []string{"", "Copyright 2026 Dawn. All rights reserved.", "Follow us on Twitter and Facebook for the latest news. Subscribe to our newsletter."}
	heads := []string{paras[0], "Six militants killed in Bannu operation", "Security forces kill six in KP raid: ISPR"}
	n := 0
	for trim := 1; trim < len(paras); trim++ {
		for _, f := range footers {
			for _, h := range heads {
				ps := append([]string{h}, paras[1:]...)
				ps[trim] = trimLastSentence(ps[trim])
				text := strings.Join(ps, "\n\n") + "\n\n" + f
				d := bits.OnesCount64(base ^ SimHash(text))
				maxDup = max(maxDup, d)
				n++
			}
		}
	}
	// Different stories: each paragraph of the other story against the
	// whole of it, and the stories against each other.
	minOther := 64
	for _, other := range []string{sameOutletOther, shortOriginal} {
		minOther = min(minOther, bits.OnesCount64(base^SimHash(other)))
	}
	t.Logf("%d reprint variants: max distance %d; different stories: min distance %d; threshold %d", n, maxDup, minOther, NearDuplicateBits)
	if maxDup > NearDuplicateBits {
		t.Errorf("a reprint variant is %d bits away, above %d", maxDup, NearDuplicateBits)
	}
	if minOther <= NearDuplicateBits {
		t.Errorf("a different story is only %d bits away", minOther)
	}
}

func trimLastSentence(p string) string {
	s := strings.TrimRight(p, ". ")
	if i := strings.LastIndex(s, ". "); i > 0 {
		return s[:i+1]
	}
	return p
}

// naiveSimHash is SimHash written the obvious way, for ASCII text: it
// checks the SWAR bit counting and the shingling.
func naiveSimHash(text string) uint64 {
	ws := words(text)
	hs := make([]uint64, len(ws))
	for i, w := range ws {
		h := uint64(fnvOffset)
		for _, r := range w {
			h = fnvAdd(h, r)
		}
		hs[i] = h
	}
	var feats []uint64
	for i := 2; i < len(hs); i++ {
		feats = append(feats, mix(hs[i-2]*0x9e3779b97f4a7c15^hs[i-1]*0xc2b2ae3d27d4eb4f^hs[i]))
	}
	if len(hs) < 3 {
		for _, h := range hs {
			feats = append(feats, mix(h))
		}
	}
	var v [64]int
	for _, f := range feats {
		for i := 0; i < 64; i++ {
			if f>>uint(i)&1 == 1 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	var out uint64
	for i := range v {
		if v[i] > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

func TestSimHashReference(t *testing.T) {
	long := strings.Repeat(wireOriginal+"\n", 3) // > 255 shingles: lanes flush
	for _, text := range []string{wireOriginal, sameOutletOther, shortOriginal, long, "two words", "Kok-Tash"} {
		if got, want := SimHash(text), naiveSimHash(text); got != want {
			t.Errorf("SimHash(%.20q) = %016x, reference %016x", text, got, want)
		}
	}
}
