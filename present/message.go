package present

import "strings"

// Message is a template and the arguments it names, rendered in one
// language only when it is shown. A template is a Text whose sentences hold
// placeholders in braces, "{what}：合计应为各项之和 {expected}" and "{what}:
// the total should be {expected}"; an argument is a plain string, the same
// in both languages (a figure, a label as written in the workbook), or
// another Message, rendered in the same language (a subject such as
// “年初预算数”列按资金来源).
//
// The zero Message renders as "".
type Message struct {
	tpl  *Text
	args []Arg
}

// Arg is one named argument of a Message.
type Arg struct {
	name  string
	text  string
	msg   *Message
	quote bool
}

// S is a plain argument, the same in both languages.
func S(name, value string) Arg { return Arg{name: name, text: value} }

// M is an argument that is itself a message.
func M(name string, m Message) Arg { return Arg{name: name, msg: &m} }

// Q is a message argument that names something, put in quotes in Chinese
// (“年度资金总额·全年执行数”) unless it already holds quotes of its own
// (支出经济分类“基本支出”行).
func Q(name string, m Message) Arg { return Arg{name: name, msg: &m, quote: true} }

// New makes a message of a template and its arguments. The template must
// outlive the message; templates are package-level values.
func New(tpl *Text, args ...Arg) Message { return Message{tpl: tpl, args: args} }

// Plain is a message without placeholders.
func Plain(tpl *Text) Message { return Message{tpl: tpl} }

// IsZero reports whether the message is the zero Message.
func (m Message) IsZero() bool { return m.tpl == nil }

// In renders the message in language l. A placeholder without an argument
// stays as written, braces included, so that a missing argument shows in
// the output and in tests.
func (m Message) In(l Lang) string {
	if m.tpl == nil {
		return ""
	}
	var b strings.Builder
	m.render(&b, l)
	return b.String()
}

func (m Message) render(b *strings.Builder, l Lang) {
	if m.tpl == nil {
		return
	}
	s := m.tpl.In(l)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			b.WriteString(s)
			return
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:open])
		name := s[open+1 : open+end]
		if a, ok := m.arg(name); ok {
			switch {
			case a.msg != nil && a.quote && l == ZH:
				var inner strings.Builder
				a.msg.render(&inner, l)
				if t := inner.String(); strings.Contains(t, "“") {
					b.WriteString(t)
				} else {
					b.WriteString("“" + t + "”")
				}
			case a.msg != nil:
				a.msg.render(b, l)
			default:
				b.WriteString(a.text)
			}
		} else {
			b.WriteString(s[open : open+end+1])
		}
		s = s[open+end+1:]
	}
}

func (m Message) arg(name string) (Arg, bool) {
	for _, a := range m.args {
		if a.name == name {
			return a, true
		}
	}
	return Arg{}, false
}

// Placeholders lists the names a template's texts use, in order of first
// appearance in either language, for tests that check every placeholder is
// given.
func Placeholders(t Text) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range []string{t.ZH, t.EN} {
		for {
			open := strings.IndexByte(s, '{')
			if open < 0 {
				break
			}
			end := strings.IndexByte(s[open:], '}')
			if end < 0 {
				break
			}
			name := s[open+1 : open+end]
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
			s = s[open+end+1:]
		}
	}
	return out
}
