package gazetteer

// A word that opens a street's name in French, Spanish, Portuguese,
// Italian or Malay ("Rue de Rivoli", "Calle Madero", "Avenida Boa
// Viagem", "Jalan Sudirman") makes the capitalised words after it a
// street: neither it nor they are towns ("Rue" is a French commune,
// "Rivoli" an Italian town).

// streetOpeners are the words that open a street's name.
var streetOpeners = newShortSet("rue", "calle", "avenida", "rua", "viale", "corso", "carrera", "jalan", "boulevard")

// streetConnectors may join an opener to the name ("Rue de la Paix").
var streetConnectors = newShortSet("de", "del", "la", "le", "les", "des", "du", "da", "do", "dos", "das", "della", "di", "dei", "d")

// streetEnd returns the last token of the street whose opener is token i
// (capitalised, with a capitalised word or a number after it, connectors
// between), or i when token i opens no street.
func streetEnd(tz *tokenizer, i int) int {
	toks := tz.toks
	if !streetOpeners.hasBytes(tz.fold(&toks[i])) {
		return i
	}
	e := i
	for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].breakBefore; k++ {
		switch f := tz.fold(&toks[k]); {
		case toks[k].cap || len(f) > 0 && f[0] >= '0' && f[0] <= '9':
			e = k
		case streetConnectors.hasBytes(f):
		default:
			return e
		}
	}
	return e
}
