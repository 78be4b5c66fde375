package main

import "testing"

// People killed "by shelling from" a force, in English and in Russian
// ("со стороны" glossed "from", a people's word between it and the
// force's noun), were struck by that force: it is actor 1, they are
// actor 2; a place phrase inside the subject ("Two residents of a
// village in X district were killed") does not hide them or their count.
func TestRegionalFireFrom(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "en wire: residents of a border village killed by shelling from a neighbour's troops", file: "en-wire-kg.txt", pub: "2025-09-16",
			body:   "Two residents of a village in Isfara district were killed by shelling from the Kyrgyz military on Monday, the Tajik border service said.\n",
			typ:    "Explosions/Remote violence",
			actor1: "Military Forces of Kyrgyzstan", actor2: "Civilians (Tajikistan)", killed: 2},
		{name: "ru agency: shelling from the Kyrgyz side's troops", file: "ru-agency-kg.txt", pub: "2025-09-16",
			body:   "В результате обстрела со стороны киргизских военных в понедельник погибли двое жителей Исфаринского района, сообщили в пограничной службе.\n",
			actor1: "Military Forces of Kyrgyzstan", actor2: "Civilians", killed: 2},
		{name: "en wire: soldiers at a post hit by fire from a neighbour's troops", file: "en-wire-tj.txt", pub: "2025-09-16",
			body:   "Three Kyrgyz border guards at a post near Batken were wounded by mortar fire from Tajik troops on Sunday, officials said.\n",
			actor1: "Military Forces of Tajikistan", actor2: "Military Forces of Kyrgyzstan"},
	})
}
