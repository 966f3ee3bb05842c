package reuse

import "testing"

func TestSlicesReuseTheirBlock(t *testing.T) {
	var s Slices[int]
	a := append(s.Take(3), 1, 2, 3)
	b := append(s.Take(2), 4)
	if len(a) != 3 || len(b) != 1 {
		t.Fatal("lengths")
	}
	s.Reset(100)
	if len(s.block) != 5 {
		t.Fatalf("block of %d, want 5", len(s.block))
	}
	c := s.Take(3)
	d := s.Take(2)
	if cap(c) != 3 || &c[:1][0] != &s.block[0] || &d[:1][0] != &s.block[3] {
		t.Fatal("the second round is not cut from the block")
	}
	for _, v := range s.block {
		if v != 0 {
			t.Fatalf("block not zeroed: %v", s.block)
		}
	}
	if moved := append(c, 7, 8, 9, 10); &moved[0] == &s.block[0] || s.block[3] != 0 { // past its room: moves out
		t.Fatalf("appending past the room wrote into the block: %v", s.block)
	}
	if len(s.block) != 5 {
		t.Fatalf("appending past the room wrote into the neighbour: %v", s.block)
	}
	s.Reset(4) // asked for 5 > 4: let go
	if s.block != nil {
		t.Fatal("kept a block past the limit")
	}
}

func TestValuesReuseTheirBlock(t *testing.T) {
	var v Values[[2]string]
	p := v.New()
	p[0] = "x"
	v.New()
	v.Reset(10)
	q := v.New()
	if q != &v.block[0] || q[0] != "" {
		t.Fatalf("second round: %p %q", q, q[0])
	}
	var nilValues *Values[int]
	var nilSlices *Slices[int]
	if *nilValues.New() != 0 || cap(nilSlices.Take(3)) != 3 {
		t.Fatal("nil receivers allocate")
	}
}
