import babel from '@rolldown/plugin-babel'

// Lingui's macros (<Trans>, t, msg) become catalog lookups at build time; only files that use them go through Babel.
export const linguiMacros = () =>
  babel({
    plugins: ['@lingui/babel-plugin-lingui-macro'],
    include: [/\.[jt]sx?$/],
    exclude: [/node_modules/],
  })
