// Package reuse holds the memory jixiao's readers and checkers keep from
// one workbook to the next: blocks that values and slices are cut from, and
// that are cleared and sized anew, for as much as the last workbook asked
// for, when the next one begins. Uploads of one template ask for about the
// same each time, so after the first nothing is allocated.
//
// A nil Values or Slices allocates afresh every time, so that code can take
// memory the same way whether it has some to reuse or not. Neither is safe
// for concurrent use.
package reuse

// Values hands out pointers to zero values of T.
type Values[T any] struct {
	block      []T
	used, want int
}

// New returns a pointer to a zero T.
func (v *Values[T]) New() *T {
	if v == nil {
		return new(T)
	}
	v.want++
	if v.used == len(v.block) {
		return new(T)
	}
	p := &v.block[v.used]
	v.used++
	return p
}

// Reset zeroes what was handed out, so that it holds nothing alive, and
// sizes the block for as many values as were asked for since the last
// Reset; past limit values it lets the block go.
func (v *Values[T]) Reset(limit int) {
	clear(v.block[:v.used])
	v.block = resize(v.block, v.want, limit)
	v.used, v.want = 0, 0
}

// Slices hands out slices of T cut from one block.
type Slices[T any] struct {
	block      []T
	used, want int
}

// Take returns an empty slice with room for n elements, zeroed. Appending
// past n moves the slice out of the block, never into its neighbour.
func (s *Slices[T]) Take(n int) []T {
	if s == nil {
		return make([]T, 0, n)
	}
	s.want += n
	if len(s.block)-s.used < n {
		return make([]T, 0, n)
	}
	out := s.block[s.used : s.used : s.used+n]
	s.used += n
	return out
}

// Reset is Values.Reset for slices: limit counts elements.
func (s *Slices[T]) Reset(limit int) {
	clear(s.block[:s.used])
	s.block = resize(s.block, s.want, limit)
	s.used, s.want = 0, 0
}

// resize makes a block of want zero elements when the last one was too
// small, and none when want is past the limit.
func resize[T any](block []T, want, limit int) []T {
	switch {
	case want > limit:
		return nil
	case want > len(block):
		return make([]T, want)
	}
	return block
}
