// Only the latin subsets of the faces the design uses: the site never falls back to system fonts.
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/barlow-condensed/latin-600.css';
