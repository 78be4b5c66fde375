package main

import "testing"

// In a verb-final clause the party that opens it did the deed: Pashto
// puts a past verb's doer in the oblique ("طالبانو درې سرتیري ووژل": the
// Taliban killed three soldiers), the same form a group owning the people
// counted takes after "د" ("د داعش درې غړي": three members of Daesh);
// only the particle tells them apart. Armed men are written in two words
// ("وسله وال") as often as one. Persian qualifies a noun after it, so the
// words before a lone victim are the clause's, not the victim's side.
func TestRegionalVerbFinalAgents(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "ps wire: the oblique doer before the count", file: "ps-wire-doer.txt", pub: "2025-03-04",
			body:   "طالبانو د خوست ولایت په یوه ولسوالۍ کې درې سرتیري ووژل.\n",
			actor1: "Taliban", actor2: "Military Forces", killed: 3},
		{name: "ps agency: the group's forces kill armed men written in two words", file: "ps-agency-armed.txt", pub: "2025-03-04",
			body:   "د طالبانو ځواکونو د پکتیا ولایت په مرکز کې درې وسله وال ووژل.\n",
			actor1: "Taliban", country: "Afghanistan", killed: 3},
		{name: "ps wire: the owner after its particle is the victims'", file: "ps-wire-owner.txt", pub: "2025-03-04",
			body:   "په کندهار کې د طالبانو درې جنګیالي ووژل شول.\n",
			actor2: "Taliban", killed: 3},
		{name: "fa wire: the resistance front by its short name", file: "fa-wire-nrf.txt", pub: "2025-03-04",
			body:   "طالبان روز دوشنبه یک قوماندان جبهه مقاومت را در ولایت پنجشیر کشتند.\n",
			actor1: "Taliban", actor2: "NRF", killed: 1},
	})
}
