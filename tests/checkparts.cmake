# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DEXE=test-binary "-DPARTS=f1 f2;f3" -P checkparts.cmake: fails when a test function of
# EXE is in no part, so a split suite never silently skips a new test.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${EXE} -functions OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${EXE} -functions failed (${rc})")
endif()
string(REPLACE ";" " " parts "${PARTS}")
separate_arguments(listed UNIX_COMMAND "${parts}")
string(REGEX MATCHALL "[A-Za-z_0-9]+\\(\\)" functions "${out}")
foreach(f IN LISTS functions)
    string(REPLACE "()" "" f "${f}")
    if(NOT f IN_LIST listed)
        message(FATAL_ERROR "test function ${f} is in no PARTS entry of its suite")
    endif()
endforeach()
