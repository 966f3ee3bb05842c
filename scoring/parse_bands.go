package scoring

// parseBands reads a list of ranges and their points:
// "预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分".
func parseBands(p *scanner) (Rule, bool) {
	var bands []Band
	numeric := 0
	ok := p.tails(func(q *scanner) bool {
		var b Band
		if _, ok := q.freeThen(0, func(q *scanner) bool {
			c, ok := q.cond(true)
			if !ok {
				return false
			}
			b = c.band()
			b.Score, b.FullMarks, ok = q.points()
			return ok
		}); ok {
			bands = append(bands, b)
			numeric++
			return true
		}
		free, ok := q.freeThen(1, func(q *scanner) bool {
			var ok bool
			b = Band{}
			b.Score, b.FullMarks, ok = q.points()
			return ok
		})
		if ok && isNegation(free) {
			b.Otherwise = true
			bands = append(bands, b)
			return true
		}
		return false
	})
	if !ok || numeric == 0 {
		return Rule{}, false
	}
	return Rule{Kind: Bands, Bands: bands}, true
}
