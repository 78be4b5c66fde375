package clean

import (
	"testing"
)

// Passages written for this test: the English fast path must take English
// and leave every other language to the trigram detector.
func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "Officials in the northern province said on Monday that the bridge over the river had been closed after heavy rain, and that traffic to the border crossing was being sent along the mountain road. Residents said they had seen the water rise for three days before the police came to block the road, and that several shops near the market were flooded.", "en"},
		{"german", "Die Behörden der nördlichen Provinz teilten am Montag mit, dass die Brücke über den Fluss nach starken Regenfällen gesperrt worden sei und der Verkehr zum Grenzübergang über die Bergstraße umgeleitet werde. Anwohner sagten, sie hätten drei Tage lang gesehen, wie das Wasser stieg, bevor die Polizei die Straße sperrte.", "de"},
		{"dutch", "De autoriteiten in de noordelijke provincie zeiden maandag dat de brug over de rivier na zware regenval is gesloten en dat het verkeer naar de grensovergang over de bergweg wordt omgeleid. Bewoners zeiden dat het water drie dagen lang was gestegen voordat de politie de weg afsloot, en dat het erg was voor de winkels.", "nl"},
		{"french", "Les autorités de la province du nord ont déclaré lundi que le pont sur la rivière avait été fermé après de fortes pluies et que la circulation vers le poste frontière était déviée par la route de montagne. Des habitants ont dit avoir vu l'eau monter pendant trois jours avant que la police ne bloque la route.", "fr"},
		{"spanish", "Las autoridades de la provincia del norte dijeron el lunes que el puente sobre el río había sido cerrado tras fuertes lluvias y que el tráfico hacia el paso fronterizo se desviaba por la carretera de montaña. Los vecinos dijeron que vieron subir el agua durante tres días antes de que la policía cortara la carretera.", "es"},
		{"russian", "Власти северной провинции заявили в понедельник, что мост через реку закрыт после сильных дождей, а движение к пограничному переходу направлено по горной дороге. Жители сказали, что три дня видели, как поднимается вода, прежде чем полиция перекрыла дорогу у рынка.", "ru"},
		{"short", "The bridge is closed.", ""},
		{"persian", "مقام‌های ولایتی روز یکشنبه گفتند که سیلاب‌های ناگهانی پل اصلی شاهراه را تخریب کرده و رفت‌وآمد به گذرگاه مرزی از راه کوهستانی انجام می‌شود. باشندگان گفتند که آب سه روز بالا می‌آمد.", "fa"},
		{"pashto", "ولایتي چارواکو د یکشنبې په ورځ وویل چې ناڅاپي سیلابونو د لویې لارې اصلي پل ویجاړ کړی او پولې ته تګ راتګ د غرنۍ لارې له لارې کېږي.", "ps"},
		{"tajik", "Мақомоти вилоят рӯзи якшанбе гуфтанд, ки селоб пули асосии роҳро хароб кард ва ҳаракат ба гузаргоҳи марзӣ аз роҳи кӯҳӣ сурат мегирад.", "tg"},
		{"uzbek cyrillic", "Вилоят ҳокимлиги якшанба куни тошқин асосий йўлдаги кўприкни бузиб юборганини ва чегара ўтказиш пунктига ҳаракат тоғ йўли орқали амалга оширилаётганини маълум қилди.", "uz"},
		{"uzbek cyrillic without its own letter", "Вилоят ҳокимлиги якшанба куни тошқин сабаб мактаб ёпилганини маълум қилди.", "uz"},
		{"russian headline", "Сель разрушил мост на горной дороге", "ru"},
		{"dari headline", "سیلاب پل شاهراه را تخریب کرد", "fa"},
		{"russian quoting a tajik name", "Власти сообщили, что сель разрушил мост у кишлака Ғарм, движение к перевалу направлено по объездной горной дороге, а жителей нижних улиц временно переселили в школу и больницу.", "ru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.text); got != tt.want {
				t.Errorf("detectLanguage = %q, want %q (English share %.2f)", got, tt.want, englishShare(tt.text))
			}
			if tt.want != "en" && tt.want != "" && englishShare(tt.text) >= 0.2 {
				t.Errorf("English share %.2f would take the fast path", englishShare(tt.text))
			}
			if tt.want == "en" && englishShare(tt.text) < 0.2 {
				t.Errorf("English text misses the fast path: share %.2f", englishShare(tt.text))
			}
		})
	}
}
