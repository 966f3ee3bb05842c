package xlsx

import "testing"

// A Scratch sizes its blocks for the last workbook, and lets go of memory
// past its limits rather than keep it for the next.
func TestScratchKeepsWithinLimits(t *testing.T) {
	var s Scratch
	s.takeCells(100)
	s.takeCells(50)
	s.reset()
	if len(s.cells) != 150 {
		t.Fatalf("grid block of %d cells, want 150", len(s.cells))
	}
	if got := s.takeCells(150); len(got) != 150 || cap(got) != 150 || &got[0] != &s.cells[0] {
		t.Fatal("the second workbook's grid is not cut from the block")
	}
	s.takeCells(scratchKeepCells)
	s.rawCells(scratchKeepRaw + 1)
	cells, slot := s.rawCells(scratchKeepRaw + 1)
	s.keepRaw(slot, cells)
	s.file = make([]byte, scratchKeepFile+1)
	s.part = make([]byte, 0, scratchKeepFile+1)
	s.small = make([]byte, 0, scratchKeepSmall+1)
	s.reset()
	if s.cells != nil || s.file != nil || s.part != nil || s.small != nil {
		t.Errorf("kept %d cells, %d, %d and %d bytes", len(s.cells), cap(s.file), cap(s.part), cap(s.small))
	}
	for i, r := range s.raw {
		if cap(r) > scratchKeepRaw {
			t.Errorf("slot %d keeps %d scanned cells", i, cap(r))
		}
	}
}
