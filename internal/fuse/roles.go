package fuse

import "strings"

// Roles. In a battle either side may be told as the attacker, so fusion
// compares a battle's actors as two sides without order. An explosion or
// an attack on civilians has a direction: actor 1 strikes, actor 2 is
// struck. Two such reports that share an actor only across roles tell two
// attacks, not one ("the air force bombed Taliban positions" and "the
// Taliban shelled a village" the same day in one district).
//
// A party two reports share is evidence of one incident only where what
// it fought or struck agrees too: one group's clash with the army and its
// abduction of villagers, or its bomb on a police car and its raid on a
// market, are two incidents unless something else ties them. Two
// different state forces of one country (the army in one report, the
// police in the other) still agree: outlets name the force loosely.

// sides are a mention's actors by role: actor 1 and its associates,
// actor 2 and its associates. Unidentified actors are no one in
// particular and are left out.
type sides [2][]sideActor

type sideActor struct {
	keys  []string
	state bool // stateForce
}

// addGeneric files a generic actor's key under its side, unless it is
// unidentified (no one in particular).
func (s *sides) addGeneric(side int, key string) {
	if !unidentifiedKey(key) {
		s[side] = append(s[side], sideActor{keys: []string{key}})
	}
}

// unidentifiedKey: a generic actor's key (its words joined) opens with
// one of unidentifiedWords.
func unidentifiedKey(k string) bool {
	for w := range unidentifiedWords {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// sidesMeet: some actor of x is also in y.
func sidesMeet(x, y []sideActor) bool {
	for _, p := range x {
		for _, q := range y {
			if keysMeet(p.keys, q.keys) {
				return true
			}
		}
	}
	return false
}

// allState: every actor of x is a state force.
func allState(x []sideActor) bool {
	for _, p := range x {
		if !p.state {
			return false
		}
	}
	return len(x) > 0
}

// oneSided: the event type has an attacker and a target.
func oneSided(etype string) bool {
	return etype == Explosions || etype == VAC
}

// roleFit compares two reports' actors by role. reversed: both are
// one-sided and share actors only across roles (one's attacker is the
// other's target). counterpartsDiffer: they share an actor on one side
// only, both name the other side, and those differ (and are not both
// state forces): the shared actor is then no evidence of one incident.
func roleFit(a, b *feat) (reversed, counterpartsDiffer bool) {
	var meet [2][2]bool
	for i := range 2 {
		for j := range 2 {
			meet[i][j] = sidesMeet(a.sides[i], b.sides[j])
		}
	}
	if oneSided(a.etype) && oneSided(b.etype) {
		if !meet[0][0] && !meet[1][1] {
			return meet[0][1] || meet[1][0], false
		}
		meet[0][1], meet[1][0] = false, false // roles are fixed
	}
	if meet[0][0] && meet[1][1] || meet[0][1] && meet[1][0] {
		return false, false // both sides agree
	}
	for i := range 2 {
		for j := range 2 {
			if !meet[i][j] {
				continue
			}
			ca, cb := a.sides[1-i], b.sides[1-j]
			if len(ca) > 0 && len(cb) > 0 && !sidesMeet(ca, cb) && !(allState(ca) && allState(cb)) {
				return false, true
			}
		}
	}
	return false, false
}
