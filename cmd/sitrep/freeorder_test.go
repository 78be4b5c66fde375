package main

import "testing"

// Russian puts a place between a verb and the people it counts
// ("задержали в Бишкеке пятерых"), and has its own verbs for shooting
// dead and eliminating and its idiom for a toll ("унес жизни"); Dari
// writes an inclusion between the count and its final verb, its weapons
// in the adjective ("حملات توپخانه‌ای": artillery attacks), a drone as the
// clause's opening subject, and "targeted" as a phrase; Pashto names
// rockets in the oblique. Everyday words GeoNames spells as towns abroad
// ("مسکونی": residential) place nothing.
func TestRegionalWordOrderAndWeapons(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "ru wire: a place between the verb and the dead", file: "ru-wire-order.txt", pub: "2025-11-04",
			body:   "Боевики убили в Кундузе троих полицейских, сообщили местные власти.\n",
			actor1: "Unidentified Armed Group", actor2: "Police Forces of Afghanistan", admin1: "Kunduz", killed: 3},
		{name: "ru agency: police detain members of a banned group", file: "ru-agency-arrest.txt", pub: "2025-11-04",
			body: "Сотрудники полиции задержали в Бишкеке пятерых членов запрещенной организации.\n",
			sub:  "Arrests", country: "Kyrgyzstan", admin1: "Bishkek"},
		{name: "ru agency: shot dead at a checkpoint", file: "ru-agency-shot.txt", pub: "2025-11-04",
			body:   "Неизвестные расстреляли двух сотрудников полиции на блокпосту в провинции Балх.\n",
			actor2: "Police Forces of Afghanistan", admin1: "Balkh", killed: 2},
		{name: "ru agency: border guards eliminate smugglers", file: "ru-agency-elim.txt", pub: "2025-11-04",
			body:   "Пограничники Таджикистана ликвидировали трех наркоконтрабандистов в Хатлонской области.\n",
			actor1: "Military Forces of Tajikistan", killed: 3},
		{name: "ru site: an inclusion after the count", file: "ru-site-incl.txt", pub: "2025-11-04",
			body:   "Пятнадцать человек, в том числе трое детей, погибли при обстреле в Кундузе.\n",
			killed: 15},
		{name: "ru site: a blast claims lives", file: "ru-site-lives.txt", pub: "2025-11-04",
			body:   "Взрыв в Тахаре унес жизни четырех человек.\n",
			admin1: "Takhar", killed: 4},
		{name: "fa wire: an inclusion before the final verb", file: "fa-wire-incl.txt", pub: "2025-11-04",
			body:    "شش غیرنظامی، از جمله دو کودک، در ولایت کنر کشته شدند.\n",
			country: "Afghanistan", admin1: "Kunar", killed: 6},
		{name: "fa wire: artillery attacks on residential areas", file: "fa-wire-art.txt", pub: "2025-11-04",
			body: "نیروهای پاکستانی مناطق مسکونی ولسوالی دانگام ولایت کنر را هدف حملات توپخانه‌ای قرار دادند.\n",
			sub:  "Shelling/artillery/missile attack", actor1: "Military Forces of Pakistan", country: "Afghanistan", admin1: "Kunar"},
		{name: "fa agency: a drone targets a vehicle of fighters", file: "fa-agency-drone.txt", pub: "2025-11-04",
			body: "یک پهپاد ناشناس روز یکشنبه یک موتر حامل جنگجویان طالبان را در ولایت بدخشان هدف قرار داد و دو تن کشته شدند.\n",
			sub:  "Air/drone strike", actor2: "Taliban", admin1: "Badakhshan"},
		{name: "ps wire: children killed by rocket fire", file: "ps-wire-rockets.txt", pub: "2025-11-04",
			body: "د کونړ ولایت په دانګام ولسوالۍ کې د پاکستاني ځواکونو له لوري د توغندیو په ډزو کې درې ماشومان ووژل شول.\n",
			sub:  "Shelling/artillery/missile attack", actor1: "Military Forces of Pakistan", admin1: "Kunar", killed: 3},
	})
}
