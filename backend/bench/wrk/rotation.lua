-- Shared by the wrk scripts that walk a file of work (BENCH_FILE-style lines): each wrk thread takes every
-- BENCH_THREADS-th line, starting at its own, so no two threads take the same line. next_line() answers the
-- next line of the calling thread.
local threads = tonumber(os.getenv("BENCH_THREADS"))
local counter = 1
function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
end
local lines, position
function read_lines(path)
  lines = {}
  for line in io.lines(path) do
    lines[#lines + 1] = line
  end
end
function init(args)
  position = first
end
function next_line()
  local line = lines[position]
  position = position + threads
  if position > #lines then position = first end
  return line
end
