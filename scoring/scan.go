package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// maxNumberLen bounds a numeric literal in rule text, in bytes.
const maxNumberLen = 20

// maxUnitRunes bounds a unit word such as "人次" or "万元".
const maxUnitRunes = 4

// scanner walks normalised rule text. Every method that fails leaves the
// position where it was, except tails, which reads to the end.
type scanner struct {
	s string
	i int
}

func (p *scanner) eof() bool { return p.i >= len(p.s) }

// lit consumes the first of words that the remaining text starts with.
// Longer words must come before their prefixes.
func (p *scanner) lit(words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(p.s[p.i:], w) {
			p.i += len(w)
			return true
		}
	}
	return false
}

// sepAt returns the byte size of a clause separator at s[i:], or 0.
func sepAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ',', ';', ':', '!', '?':
		return 1
	case '.':
		if i+1 < len(s) && isDigit(s[i+1]) {
			return 0
		}
		return 1
	}
	return 0
}

// seps skips clause separators and reports whether there was one.
func (p *scanner) seps() bool {
	start := p.i
	for {
		n := sepAt(p.s, p.i)
		if n == 0 {
			return p.i > start
		}
		p.i += n
	}
}

// joiner skips the particles that may join a condition to its points:
// "低于60%的不得分", "完成时得满分".
func (p *scanner) joiner() bool { return p.lit("的", "时", "者", "则", "即", "可") }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isFree reports whether the character at s[i:] may appear in free words,
// and its size: free words are the subject of a condition ("预算完成率"), a
// condition in words ("按期完成"), a finding ("问题"). Digits, separators
// and "%" end free words.
func isFree(s string, i int) (size int, ok bool) {
	if i >= len(s) || sepAt(s, i) > 0 {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == '%' || (r >= '0' && r <= '9') {
		return 0, false
	}
	return n, true
}

// freeThen consumes free words (at least minRunes of them) followed by what f
// accepts, trying the shortest run of free words first. It returns the free
// words. On failure the position is unchanged.
func (p *scanner) freeThen(minRunes int, f func(*scanner) bool) (string, bool) {
	start := p.i
	j, n := p.i, 0
	for {
		if n >= minRunes {
			p.i = j
			if f(p) {
				return p.s[start:j], true
			}
		}
		size, ok := isFree(p.s, j)
		if !ok {
			break
		}
		j += size
		n++
	}
	p.i = start
	return "", false
}

// tails consumes the rest of the text as clauses that accept takes.
func (p *scanner) tails(accept func(*scanner) bool) bool {
	for {
		p.seps()
		if p.eof() {
			return true
		}
		if !accept(p) {
			return false
		}
	}
}

// number reads a decimal literal ("0.1", "6500"), and, when chinese is set,
// a small Chinese numeral ("一", "两", "十五").
func (p *scanner) number(chinese bool) (decimal.Decimal, bool) {
	s := p.s
	j := p.i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == p.i {
		if chinese {
			return p.chineseNumber()
		}
		return decimal.Zero, false
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	lit := s[p.i:j]
	if len(lit) > maxNumberLen {
		return decimal.Zero, false
	}
	d, err := decimal.NewFromString(lit)
	if err != nil {
		return decimal.Zero, false
	}
	p.i = j
	return d, true
}

// chineseNumber reads 零, 一…九, 两, 十, 十N, N十 and N十M.
func (p *scanner) chineseNumber() (decimal.Decimal, bool) {
	digit := func() (int64, bool) {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		var d int64
		switch r {
		case '零':
			d = 0
		case '一':
			d = 1
		case '二', '两':
			d = 2
		case '三':
			d = 3
		case '四':
			d = 4
		case '五':
			d = 5
		case '六':
			d = 6
		case '七':
			d = 7
		case '八':
			d = 8
		case '九':
			d = 9
		default:
			return 0, false
		}
		p.i += n
		return d, true
	}
	start := p.i
	tens, hasTens := digit()
	if !p.lit("十") {
		if !hasTens {
			p.i = start
			return decimal.Zero, false
		}
		return decimal.NewFromInt(tens), true
	}
	if !hasTens {
		tens = 1
	}
	units, _ := digit()
	return decimal.NewFromInt(tens*10 + units), true
}

// percentMark reads "%" or "个百分点".
func (p *scanner) percentMark() bool { return p.lit("%", "个百分点", "百分点") }

// unitWord reads a short unit such as "场", "人次" or "万元": letters up to
// a word that starts what follows a quantity. A longer run of letters is not
// a unit; then it reads nothing.
func (p *scanner) unitWord() string {
	start := p.i
	for n := 0; !p.eof(); n++ {
		rest := p.s[p.i:]
		for _, stop := range [...]string{"以", "及", "或", "之", "至", "到", "得", "计", "记", "给", "赋", "为", "不", "的", "时", "则", "者", "扣", "减", "即", "可", "满"} {
			if strings.HasPrefix(rest, stop) {
				return p.s[start:p.i]
			}
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) && !(r < 0x80 && unicode.IsLetter(r)) {
			break
		}
		if n == maxUnitRunes {
			p.i = start
			return ""
		}
		p.i += size
	}
	return p.s[start:p.i]
}

// op reads a comparison in symbols or words.
func (p *scanner) op() num.Op {
	for _, c := range [...]struct {
		word string
		op   num.Op
	}{
		{"≥", num.AtLeast}, {">=", num.AtLeast}, {"大于等于", num.AtLeast}, {"大于或等于", num.AtLeast},
		{"高于或等于", num.AtLeast}, {"不低于", num.AtLeast}, {"不少于", num.AtLeast}, {"达到或超过", num.AtLeast}, {"达到", num.AtLeast},
		{"≤", num.AtMost}, {"<=", num.AtMost}, {"小于等于", num.AtMost}, {"小于或等于", num.AtMost}, {"低于或等于", num.AtMost},
		{"不超过", num.AtMost}, {"不高于", num.AtMost}, {"不多于", num.AtMost}, {"不大于", num.AtMost}, {"未超过", num.AtMost},
		{"==", num.Equal}, {"=", num.Equal}, {"等于", num.Equal}, {"为", num.Equal},
		{">", num.Above}, {"大于", num.Above}, {"高于", num.Above}, {"超过", num.Above}, {"超出", num.Above},
		{"<", num.Below}, {"小于", num.Below}, {"低于", num.Below}, {"未达到", num.Below}, {"不足", num.Below}, {"少于", num.Below}, {"不到", num.Below},
	} {
		if p.lit(c.word) {
			return c.op
		}
	}
	return num.None
}
