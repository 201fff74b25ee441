#requires -version 5.1
<#
.SYNOPSIS
    Deploys the site.
.DESCRIPTION
    Copies files and restarts the service.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param (
    [Parameter(Mandatory = $true)]
    [string]$Path,
    [int]$Retries = 3,
    [switch]$Force
)

function Get-Greeting([string]$Name) {
    return "Hello, $Name! Today is $(Get-Date -Format 'yyyy-MM-dd')."
}

class Server : Base {
    [string]$Name
    [int]$Port = 8080
}

$items = Get-ChildItem -Path $Path -Recurse -Filter *.html | Where-Object { $_.Length -gt 1kb }
$hash = @{ Name = 'site'; Count = $items.Count; Enabled = $true }
$list = @(1, 2, 3.5)
foreach ($item in $items) {
    if ($item.Name -like "*.tmp" -or -not $Force) {
        Write-Host "Skipping $($item.FullName)" -ForegroundColor Yellow
        continue
    } elseif ($env:CI -eq 'true') {
        Remove-Item $item.FullName -Force -ErrorAction SilentlyContinue
    }
}
$text = @"
Multi-line $hash
"quoted" text
"@
$literal = @'
no $expansion here
'@
$sum = 1..10 | ForEach-Object { $_ * 2 } | Measure-Object -Sum
$result = [System.IO.Path]::Combine($Path, "out")
$global:Counter += 1
${weird var} = $null
try { throw "oops" } catch { Write-Error $_.Exception.Message } finally { exit 0 }
$s.Trim().ToUpper()
