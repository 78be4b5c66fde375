package fuse

import "strings"

// Roles in one-sided violence. In a battle either side may be told as the
// attacker, so fusion compares a battle's actors as a set. An explosion or
// an attack on civilians has a direction: actor 1 strikes, actor 2 is
// struck. Two such reports that share an actor only across roles tell two
// attacks, not one ("the air force bombed Taliban positions" and "the
// Taliban shelled a village" the same day in one district); and one
// attacker's two attacks on different targets (a police vehicle, a
// market) are two incidents unless something else ties them.

// sides are a mention's actor keys by role: actor 1 and its associates,
// actor 2 and its associates. Unidentified actors are no one in
// particular and are left out.
type sides [2][]string

func sidesOf(actor1, actor2, assoc1, assoc2 string) sides {
	var s sides
	add := func(i int, name string) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if genericActor(name) {
			k := strings.Join(words(dropYearParens(name)), "")
			if !unidentifiedKey(k) {
				s[i] = append(s[i], k)
			}
			return
		}
		s[i] = append(s[i], actorKeys(name)...)
	}
	add(0, actor1)
	add(1, actor2)
	for _, a := range splitActors(assoc1) {
		add(0, a)
	}
	for _, a := range splitActors(assoc2) {
		add(1, a)
	}
	return s
}

func unidentifiedKey(k string) bool {
	for _, p := range []string{"unidentified", "unknown", "unnamed"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// oneSided: the event type has an attacker and a target.
func oneSided(etype string) bool {
	return etype == Explosions || etype == VAC
}

// roleFit compares two one-sided reports' actors by role. reversed: they
// share actors only across roles (one's attacker is the other's target).
// targetsDiffer: they share the attacker, both name whom it struck, and
// those differ: the shared attacker is then no evidence of one incident.
func roleFit(a, b *feat) (reversed, targetsDiffer bool) {
	if !oneSided(a.etype) || !oneSided(b.etype) {
		return false, false
	}
	same0, same1 := keysMeet(a.sides[0], b.sides[0]), keysMeet(a.sides[1], b.sides[1])
	cross := keysMeet(a.sides[0], b.sides[1]) || keysMeet(a.sides[1], b.sides[0])
	reversed = cross && !same0 && !same1
	targetsDiffer = same0 && !same1 && len(a.sides[1]) > 0 && len(b.sides[1]) > 0
	return reversed, targetsDiffer
}
