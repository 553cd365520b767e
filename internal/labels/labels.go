// Package labels holds the words that label a page's boxes, which both
// the HTML extraction and the boilerplate classifier read: the labels of
// a box of key points (Key).
package labels

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key are the labels of a box of key points in the main European
// languages, Russian, Ukrainian, Turkish, Indonesian, Vietnamese, Hindi,
// Arabic, Korean, Japanese, Chinese and Amharic, in lower case.
var Key = []string{
	"key points", "key facts", "key takeaways", "at a glance", "in brief", "in short", "the big picture",
	"what we know", "what we know so far", "summary", "story highlights", "the essentials", "main points",
	"key findings", "main findings", "the key findings",
	"das wichtigste", "das wichtigste in kürze", "auf einen blick", "in kürze", "kurz und knapp",
	"zusammenfassung", "die wichtigsten punkte", "was wir wissen",
	"points clés", "les points clés", "l'essentiel", "l’essentiel", "en bref", "ce qu'il faut retenir",
	"ce qu’il faut retenir", "à retenir", "résumé", "ce que l'on sait", "ce que l’on sait", "ce que nous savons",
	"puntos clave", "claves", "las claves", "lo esencial", "en resumen", "resumen", "lo que sabemos",
	"lo más importante", "punti chiave", "i punti chiave", "in breve", "in sintesi", "cosa sappiamo",
	"riassunto", "l'essenziale", "l’essenziale", "pontos-chave", "pontos principais", "em resumo",
	"resumo", "o essencial", "o que se sabe", "o que sabemos", "in het kort", "kernpunten",
	"belangrijkste punten", "samenvatting", "wat we weten", "in een oogopslag", "i korthet", "kortfattat",
	"sammanfattning", "det här vet vi", "detta vet vi", "kort fortalt", "kort sagt", "sammendrag",
	"det vet vi", "dette vet vi", "det ved vi", "pääkohdat", "tiivistelmä", "lyhyesti", "tämä tiedetään",
	"najważniejsze informacje", "w skrócie", "kluczowe fakty", "podsumowanie", "co wiemy", "ve zkratce",
	"stručně", "shrnutí", "hlavní body", "co víme", "v skratke", "najdôležitejšie v skratke",
	"najdôležitejšie body", "zhrnutie", "čo vieme", "ቁልፍ ነጥቦች",
	"главное", "коротко", "кратко", "головне", "коротко про головне", "öne çıkanlar", "özet",
	"poin penting", "ringkasan", "sorotan", "điểm chính", "tóm tắt", "हाइलाइट्स", "मुख्य बातें",
	"खास बातें", "मुख्य बिंदु", "أبرز النقاط", "باختصار", "핵심 요약", "요약", "ポイント",
	"この記事のポイント", "要点", "核心提示",
}

var keySet = func() map[string]bool {
	m := make(map[string]bool, len(Key))
	for _, w := range Key {
		m[w] = true
	}
	return m
}()

// IsKey reports whether text is the label of a box of key points: one of
// Key, in any case, spaces, a colon or a full stop after it aside ("Key
// points:"). It lower-cases into a buffer of its own and allocates
// nothing.
func IsKey(text string) bool {
	text = strings.TrimRight(strings.TrimSpace(text), " :.\u00a0")
	if len(text) > keyMaxBytes {
		return false
	}
	var buf [2 * keyMaxBytes]byte // a rune's lower case may take more bytes
	low := buf[:0]
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low = append(low, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		low = utf8.AppendRune(low, unicode.ToLower(r))
		i += w
	}
	return keySet[string(low)]
}

// keyMaxBytes bounds the text IsKey lower-cases: no label is longer.
const keyMaxBytes = 64
