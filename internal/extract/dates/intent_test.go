package dates

import "testing"

// findCase is one text, its DCT and the expressions it must hold.
type findCase struct {
	dct  string
	text string
	want []want
}

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		checkFind(t, c.dct, c.text, c.want)
	}
}

// A date after a verb of intention lies ahead even when the verb is past;
// a purpose infinitive or an attributive participle does not move it.
func TestIntentTense(t *testing.T) {
	runCases(t, []findCase{
		// 2024-05-08 is a Wednesday
		{"2024-05-08", "Traders in Gao were planning to close the market on Saturday in protest.",
			[]want{{"Saturday", "2024-05-11", Day}}},
		{"2024-05-08", "Students marched through Dhaka and were preparing to rally again on Friday.",
			[]want{{"Friday", "2024-05-10", Day}}},
		{"2024-05-08", "The junta has agreed to hand the detainees over to the Red Cross in early June, a mediator said.",
			[]want{{"early June", "2024-06", Month}}},
		{"2024-05-08", "Farmers' unions in Punjab vowed to block the highway into the capital on Monday.",
			[]want{{"Monday", "2024-05-13", Day}}},
		// purpose infinitive: the main verb's tense decides
		{"2024-05-08", "Gunmen stormed the post on Monday to seize its weapons.",
			[]want{{"Monday", "2024-05-06", Day}}},
		// "the hastily planned visit" names a visit; "flew" is the verb
		{"2024-05-08", "On Monday, the envoy flew to Bishkek for the hastily planned visit.",
			[]want{{"Monday", "2024-05-06", Day}}},
		// a fronted date before an intention: present looks ahead, past
		// tells when the intention was voiced
		{"2024-05-08", "On Friday, the teachers' union in Quetta plans to close every school.",
			[]want{{"Friday", "2024-05-10", Day}}},
		{"2024-05-08", "On Monday, the junta in Bamako agreed to free the three detained journalists.",
			[]want{{"Monday", "2024-05-06", Day}}},
		{"2024-05-08", "On Thursday, the electoral board is expected to publish results from Kandahar.",
			[]want{{"Thursday", "2024-05-09", Day}}},
		// a side clause after the date does not turn the arrest ahead
		{"2024-05-08", "Police detained the organiser on Tuesday morning as he was about to board a flight to Tehran.",
			[]want{{"Tuesday morning", "2024-05-07TMO", Day}}},
	})
}

// A sentence-opening "until Friday" takes the tense of the clause's verb
// after it; an untensed month lies within about two months ahead, else
// in the past year.
func TestUntilAndUntensedMonth(t *testing.T) {
	runCases(t, []findCase{
		// 2024-05-10 is a Friday
		{"2024-05-10", "Until Thursday, the militia had not allowed aid convoys into the Panjshir valley.",
			[]want{{"Thursday", "2024-05-09", Day}}},
		{"2024-05-10", "Until Monday the Torkham crossing will stay shut to trucks.",
			[]want{{"Monday", "2024-05-13", Day}}},
		{"2024-05-10", "The junta gave the negotiators until Monday.",
			[]want{{"Monday", "2024-05-13", Day}}},
		// untensed month names in a November report
		{"2023-11-20", "Timeline of the crisis: in February, a convoy of the mission under fire near Tessalit",
			[]want{{"February", "2023-02", Month}}},
		{"2023-11-20", "Donor conference in January on reconstruction in Sindh",
			[]want{{"January", "2024-01", Month}}},
	})
}
