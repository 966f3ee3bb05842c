package scoring

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/label"
)

// Parse reads the text of a 评分标准 cell into a Rule. It never panics and
// does bounded work: text longer than MaxRuleRunes characters is unreadable.
// Empty text (after dropping white space) gives None. Text that no pattern
// reads in full is told by its words (classify): Judgement or Checklist, a
// Partial rule of a computable kind, or Unreadable; never a guessed score.
//
// The text is normalised first (full-width forms folded,
// （）→(), white space dropped), so "＝100％" reads as "=100%". Each pattern
// must account for the whole text; a text that says a person decides
// (酌情, 视情况, 根据…评分) is a Judgement before any pattern is tried, and
// the patterns are tried in the order checklist, deduction, proportional,
// binary, bands.
func Parse(text string) Rule {
	if len(text) > 4*MaxRuleRunes || utf8.RuneCountInString(text) > MaxRuleRunes {
		return Rule{Kind: Unreadable, Text: text, Reason: "rule text longer than 500 characters"}
	}
	s := normalize(text)
	for _, heading := range [...]string{"评分标准:", "评分办法:", "评分规则:", "计分方法:", "计分规则:", "评分方法:"} {
		s = strings.TrimPrefix(s, heading)
	}
	if s == "" {
		return Rule{Kind: None, Text: text}
	}
	if cueJudgement.MatchString(s) {
		r := classify(s)
		r.Text = text
		return r
	}
	for _, parse := range [...]func(*scanner) (Rule, bool){
		parseManual, parseDeduction, parseProportional, parseBinary, parseBands,
	} {
		p := &scanner{s: s}
		p.seps()
		if r, ok := parse(p); ok {
			r.Text = text
			return r
		}
	}
	r := classify(s)
	r.Text = text
	return r
}

// normalize folds the text with label.Normalize and maps the dashes, waves
// and punctuation that label keeps to ASCII.
func normalize(text string) string {
	s := label.Normalize(text)
	return strings.Map(func(r rune) rune {
		switch r {
		case '—', '–', '−', '‐', '‑', '―':
			return '-'
		case '〜', '∼':
			return '~'
		case '。', '；', '，', '！', '？':
			return ','
		case '≧':
			return '≥'
		case '≦':
			return '≤'
		}
		return r
	}, s)
}
