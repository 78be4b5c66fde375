package fuse

import (
	"github.com/sitrep/sitrep/internal/translit"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// NearDuplicateBits is the largest SimHash Hamming distance NearDuplicate
// accepts. See NearDuplicate for how it was chosen.
const NearDuplicateBits = 12

// SimHash is the 64-bit SimHash of text over word 3-shingles of its clean
// form (lower-cased, accents folded, every run of characters that are not
// letters or digits a word break; apostrophes and hyphens join). Each
// shingle is hashed with FNV-1a and a splitmix64 finaliser and weighs 1. A
// text of fewer than three words is hashed over its words; an empty text
// hashes to 0.
func SimHash(text string) uint64 {
	var ones [64]int32 // how many shingle hashes have each bit set
	total := int32(0)
	// lanes[j] counts bit 8k+j of the hashes in its byte k (SWAR), flushed
	// into ones before a byte can overflow.
	var lanes [8]uint64
	pending := 0
	flushLanes := func() {
		for j, l := range lanes {
			for k := 0; k < 8; k++ {
				ones[8*k+j] += int32(l >> (8 * uint(k)) & 0xff)
			}
			lanes[j] = 0
		}
		pending = 0
	}
	var ring [3]uint64 // hashes of the last three words
	nw := 0
	addShingle := func(h uint64) {
		h = mix(h)
		total++
		for j := range lanes {
			lanes[j] += h >> uint(j) & 0x0101010101010101
		}
		if pending++; pending == 255 {
			flushLanes()
		}
	}
	var h uint64
	inWord := false
	endWord := func() {
		ring[nw%3] = h
		nw++
		if nw >= 3 {
			a, b, c := ring[(nw-3)%3], ring[(nw-2)%3], ring[(nw-1)%3]
			addShingle(a*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f ^ c)
		}
		inWord = false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch {
		case r == '\'' || r == '-' || r == '’' || r == '‘':
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if !inWord {
				h, inWord = fnvOffset, true
			}
			if f, ok := translit.FoldLatin(r); ok {
				for i := 0; i < len(f); i++ {
					h = fnvAdd(h, rune(f[i]))
				}
			} else {
				h = fnvAdd(h, unicode.ToLower(r))
			}
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		default:
			if inWord {
				endWord()
			}
			continue
		}
		if !inWord {
			h, inWord = fnvOffset, true
		}
		h = fnvAdd(h, r)
	}
	if inWord {
		endWord()
	}
	if nw == 0 {
		return 0
	}
	if nw < 3 {
		for i := 0; i < nw; i++ {
			addShingle(ring[i])
		}
	}
	flushLanes()
	var out uint64
	for i := 0; i < 64; i++ {
		if 2*ones[i] > total {
			out |= 1 << uint(i)
		}
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// mix is the splitmix64 finaliser: FNV's high bits are poorly mixed.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// NearDuplicate reports whether two SimHashes are at most NearDuplicateBits
// (12) apart (Hamming distance).
//
// Why 12 and not 3: a 3-shingle changes with each edited word on either
// side of it, so a reprint with a new headline, a few boilerplate lines and
// one sentence trimmed differs in 10–20% of its shingles, and SimHash flips
// each bit with probability θ/π, θ the angle between the two shingle
// vectors. Measured on the test stories: the 400-word wire story and its
// reprints are 2–9 bits apart (TestSimHashDistances, 27 variants), a
// 90-word story and its reprint 11; stories on the same topic from the same
// outlet, sharing a footer, 27–35. In theory (bits as independent coins):
//
//	shingles shared    P(distance ≤ 3)   ≤ 10      ≤ 12      ≤ 14
//	reprint, cos 0.95       0.10         0.95      0.99      1.00
//	reprint, cos 0.90       0.01         0.69      0.88      0.97
//	unrelated              2e-15         1e-8      2e-7      4e-6
//	25% shared             1e-11         6e-6      7e-5      6e-4
//
// so ≤ 3 misses nine reprints in ten, and 12 keeps a false match between
// different stories below one in ten thousand even when a quarter of the
// text (background paragraphs, a footer) is shared.
func NearDuplicate(a, b uint64) bool {
	return bits.OnesCount64(a^b) <= NearDuplicateBits
}
