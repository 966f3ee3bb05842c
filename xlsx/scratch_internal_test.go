package xlsx

import "testing"

// A Scratch sizes its blocks for the last workbook, and lets go of memory
// past its limits rather than keep it for the next.
func TestScratchKeepsWithinLimits(t *testing.T) {
	var s Scratch
	s.takeCells(100)
	s.takeCells(50)
	s.reset()
	first := s.takeCells(150)
	s.reset()
	if again := s.takeCells(150); &again[0] != &first[0] {
		t.Fatal("the grid block is not reused")
	}
	s.reset()
	s.takeCells(scratchKeepCells + 1)
	cells, slot := s.rawCells(scratchKeepRaw + 1)
	s.keepRaw(slot, cells)
	s.file = make([]byte, scratchKeepFile+1)
	s.part = make([]byte, 0, scratchKeepFile+1)
	s.small = make([]byte, 0, scratchKeepSmall+1)
	s.reset()
	if after := s.takeCells(150); &after[0] == &first[0] {
		t.Error("kept the grid block of a workbook past the limit")
	}
	if s.file != nil || s.part != nil || s.small != nil {
		t.Errorf("kept %d, %d and %d bytes", cap(s.file), cap(s.part), cap(s.small))
	}
	for i, r := range s.raw {
		if cap(r) > scratchKeepRaw {
			t.Errorf("slot %d keeps %d scanned cells", i, cap(r))
		}
	}
}
