package present

// Text is one label or sentence in both languages.
type Text struct {
	ZH, EN string
}

// In returns the text in language l; an empty English text falls back to
// the Chinese one.
func (t Text) In(l Lang) string {
	if l == EN && t.EN != "" {
		return t.EN
	}
	return t.ZH
}
