package scoring

// parseBinary reads "按期完成得满分，未完成不得分".
func parseBinary(p *scanner) (Rule, bool) {
	if _, ok := p.freeThen(1, (*scanner).fullMarks); !ok {
		return Rule{}, false
	}
	if !p.seps() {
		return Rule{}, false
	}
	neg, ok := p.freeThen(1, (*scanner).zeroPoints)
	if !ok || !isNegation(neg) {
		return Rule{}, false
	}
	p.seps()
	if !p.eof() {
		return Rule{}, false
	}
	return Rule{Kind: Binary}, true
}
