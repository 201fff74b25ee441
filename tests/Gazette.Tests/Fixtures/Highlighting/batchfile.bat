@echo off
REM Build script
:: another comment
setlocal enabledelayedexpansion
set NAME=world
set /a COUNT=0x1F + 2
if exist "%%NAME%%.txt" (
    echo Found %%NAME%% ^& more
) else (
    echo Missing !NAME! 1>&2
)
for %%%%f in (*.log) do (
    copy "%%%%f" backup\\ /Y
    set /a COUNT+=1
)
call :greet "%%~1"
ping -n 3 127.0.0.1 > nul
goto :eof
:greet
echo Hello, %%~1 and 'single' and `back`
Python.exe script.py --verbose
exit /b %%ERRORLEVEL%%
