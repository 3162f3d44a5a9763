#!/usr/bin/env bash
# Proves the packages work for someone who has only the packages: packs ArticleExtract and the article-extract
# tool into a folder feed, checks what the packages hold, builds and runs samples/PackageConsumer against the
# package by version, and installs and runs the tool from the feed.
#
# A stale package cannot pass: the feed is emptied first, and restores go to a NUGET_PACKAGES folder made new
# for this run, so nothing comes from the machine's global packages folder; the restored package is then
# compared byte for byte (sha512) with the one just packed.
#
# Usage: .ci/consumer-test.sh   (from anywhere; needs the .NET SDK, unzip, and the package sources for the
#                                 dependencies, AngleSharp and SmartReader)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "consumer-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

feed=$root/artifacts/feed
work=$root/artifacts/consumer
rm -rf "$feed" "$work" samples/PackageConsumer/bin samples/PackageConsumer/obj
mkdir -p "$feed" "$work"

version=$(dotnet msbuild src/ArticleExtract/ArticleExtract.csproj -getProperty:Version)
[[ -n $version ]] || fail "could not read the version from Directory.Build.props"

step "pack ArticleExtract $version and ArticleExtract.Cli $version into $feed"
dotnet pack src/ArticleExtract/ArticleExtract.csproj -c Release -o "$feed"
dotnet pack samples/ArticleExtract.Cli/ArticleExtract.Cli.csproj -c Release -o "$feed"

nupkg=$feed/ArticleExtract.$version.nupkg
snupkg=$feed/ArticleExtract.$version.snupkg
tool=$feed/ArticleExtract.Cli.$version.nupkg
for f in "$nupkg" "$snupkg" "$tool"; do [[ -f $f ]] || fail "pack did not produce $(basename "$f")"; done

step "package contents"
unzip -l "$nupkg"
unzip -l "$snupkg"
# Listings and files go through variables and files, not straight into grep -q: with pipefail, grep leaving
# early would fail the step with SIGPIPE on the writer.
has_entry() { local list; list=$(unzip -Z1 "$1"); grep -qx "$2" <<<"$list" || fail "$(basename "$1") lacks $2"; }
has_entry "$nupkg" "lib/net10.0/ArticleExtract.dll"
has_entry "$nupkg" "lib/net10.0/ArticleExtract.xml"
has_entry "$nupkg" "PACKAGE.md"
has_entry "$snupkg" "lib/net10.0/ArticleExtract.pdb"
has_entry "$tool" "PACKAGE.md"
has_entry "$tool" "tools/net10.0/any/article-extract.dll"
has_entry "$tool" "tools/net10.0/any/DotnetToolSettings.xml"
# The tool ships its program and dependencies only: no sample page, fixture or corpus file.
tool_list=$(unzip -Z1 "$tool")
stray=$(grep -Ev '^(_rels/\.rels|\[Content_Types\]\.xml|ArticleExtract\.Cli\.nuspec|PACKAGE\.md|package/services/metadata/.*|tools/net10\.0/any/[^/]+\.(dll|pdb|json|xml))$' <<<"$tool_list" || true)
[[ -z $stray ]] || fail "$(basename "$tool") holds files the tool does not use: $stray"

nuspec=$(unzip -p "$nupkg" ArticleExtract.nuspec)
expect_nuspec() { grep -q -- "$1" <<<"$nuspec" || fail "ArticleExtract.nuspec lacks $2 (looked for: $1)"; }
expect_nuspec '<readme>PACKAGE.md</readme>' "the README"
expect_nuspec '<license type="expression">MIT</license>' "the licence expression"
expect_nuspec '<dependency id="AngleSharp" version="1.10.3"' "the AngleSharp dependency"
expect_nuspec '<dependency id="SmartReader" version="0.11.1"' "the SmartReader dependency"
expect_nuspec '<projectUrl>https://' "the project URL"
expect_nuspec '<repository type="git" url="https://[^"]*" commit="[0-9a-f]\{40\}"' "the repository URL and commit"
expect_nuspec '<releaseNotes>.' "release notes"
expect_nuspec '<tags>[^<]*article' "tags"

# The tool's gallery description and release notes name what it does beyond one page: batch over folders and WARC
# archives into JSON Lines or Parquet.
tool_nuspec=$(unzip -p "$tool" ArticleExtract.Cli.nuspec)
for word in WARC Parquet 'JSON Lines'; do
  grep -q "<description>[^<]*$word" <<<"$tool_nuspec" || fail "ArticleExtract.Cli.nuspec's description does not name $word"
  grep -q "<releaseNotes>[^<]*$word" <<<"$tool_nuspec" || fail "ArticleExtract.Cli.nuspec's release notes do not name $word"
done

# Every public type and member carries a doc comment (CS1591 is an error in the library); here: the file holds them.
docs=$(unzip -p "$nupkg" lib/net10.0/ArticleExtract.xml)
for member in 'T:ArticleExtract.ArticleExtractor' 'M:ArticleExtract.ArticleExtractor.Extract(System.String,System.Uri,System.Threading.CancellationToken)' 'T:ArticleExtract.Article' 'P:ArticleExtract.ArticleExtractorOptions.MaxInputLength'; do
  grep -qF "<member name=\"$member\">" <<<"$docs" || fail "the XML docs lack $member"
done

# Source Link: the portable PDB holds a JSON map from the build's source paths to raw files at the built commit.
unzip -p "$snupkg" lib/net10.0/ArticleExtract.pdb > "$work/ArticleExtract.pdb"
grep -aq 'raw.githubusercontent.com/[^"]*/[0-9a-f]\{40\}/\*' "$work/ArticleExtract.pdb" || fail "the symbols carry no Source Link map"

export NUGET_PACKAGES=$work/nuget-packages

step "build and run samples/PackageConsumer against ArticleExtract $version from the feed"
dotnet build samples/PackageConsumer/PackageConsumer.csproj -c Release -p:ArticleExtractVersion="$version"
restored=$NUGET_PACKAGES/articleextract/$version
[[ -f $restored/articleextract.$version.nupkg.sha512 ]] || fail "ArticleExtract $version was not restored into the fresh NUGET_PACKAGES"
[[ $(tr -d '\n' < "$restored/articleextract.$version.nupkg.sha512") == $(openssl dgst -sha512 -binary "$nupkg" | base64 -w0) ]] \
  || fail "the restored ArticleExtract $version is not the package just packed"
deps=$(tr -d '\n' < samples/PackageConsumer/bin/Release/net10.0/PackageConsumer.deps.json)
grep -q '"ArticleExtract/'"$version"'": {[^}]*"type": "package"' <<<"$deps" || fail "PackageConsumer does not reference ArticleExtract $version as a package"
[[ -f $restored/lib/net10.0/ArticleExtract.xml ]] || fail "the restored package has no XML docs for IntelliSense"

consumer_out=$work/consumer.txt
dotnet samples/PackageConsumer/bin/Release/net10.0/PackageConsumer.dll samples/ArticleExtract.Cli/pages/seed-news-page.html | tee "$consumer_out" \
  || fail "PackageConsumer failed on the bundled page"
grep -q "Concerns and Accusations" "$consumer_out" || fail "PackageConsumer did not print the bundled article's sections"

step "the README's Install route: a new project adds ArticleExtract $version with the feed beside nuget.org"
# README's two commands verbatim, as a user on a fresh machine runs them: HOME (whose NuGet.Config the first writes)
# and NUGET_PACKAGES are new for this run, so the dependencies come from nuget.org, not from a cache or this machine's
# configuration. 'dotnet add package --source FEED' alone fails here (NU1101: AngleSharp is not in the feed).
# Outside the repository, so that its Directory.Build.props does not apply, as it would not in the user's project.
readme_root=$(mktemp -d "${TMPDIR:-/tmp}/articleextract-readme.XXXXXX")
trap 'rm -rf "$readme_root"' EXIT
readme_home=$readme_root/home
readme_app=$readme_root/app
mkdir -p "$readme_home"
dotnet new console -o "$readme_app" -n ReadmeApp > /dev/null
# (set -e does not act inside a command followed by ||: the steps are chained with && instead.)
( cd "$readme_app" && export HOME=$readme_home NUGET_PACKAGES=$readme_root/packages \
  && dotnet nuget add source "$feed" --name articleextract-local \
  && dotnet add package ArticleExtract --version "$version" \
  && grep -q '<PackageReference Include="ArticleExtract" Version="'"$version"'"' ReadmeApp.csproj \
  && dotnet build -c Release > /dev/null ) \
  || fail "README's Install commands did not give a new project that builds with ArticleExtract $version"

step "install the article-extract tool $version from the feed and run it"
tools=$work/tools
dotnet tool install --tool-path "$tools" --add-source "$feed" ArticleExtract.Cli --version "$version"
help=$("$tools/article-extract" --help)
grep -q "^Commands:" <<<"$help" || fail "article-extract --help lists no commands"
extract_help=$("$tools/article-extract" extract --help)
grep -q -- "--max-input-mb" <<<"$extract_help" || fail "article-extract extract --help does not list its options"
"$tools/article-extract" --version || fail "article-extract --version failed"
tool_out=$work/tool.md
"$tools/article-extract" extract samples/ArticleExtract.Cli/pages/seed-news-page.html --format markdown > "$tool_out" \
  || fail "article-extract extract failed"
head -n 3 "$tool_out"
grep -q "^## Concerns and Accusations" "$tool_out" || fail "article-extract did not print the bundled article"
! grep -qi "advertisement" "$tool_out" || fail "article-extract printed an advertisement label"
stdin_out=$("$tools/article-extract" extract - --format text < samples/ArticleExtract.Cli/pages/seed-news-page.html)
grep -q "Concerns and Accusations" <<<"$stdin_out" || fail "article-extract extract - (standard input) did not print the article"

echo "consumer-test: OK (ArticleExtract $version: package, symbols, consumer project and dotnet tool)"
