import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { OfflineBanner } from '../components/offline-banner';
import { DevPanel } from '../features/dev-panel/dev-panel';

const links = [
  { to: '/', label: 'Journeys', end: true },
  { to: '/events', label: 'Events', end: false },
  { to: '/triggers', label: 'Triggers', end: false },
  { to: '/settings', label: 'Settings', end: false },
  { to: '/check', label: 'Check a journey file', end: false },
];

export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const [lastPath, setLastPath] = useState(location.pathname);
  // Navigating closes the narrow-screen menu.
  if (location.pathname !== lastPath) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <NavLink to="/" className="brand" end>
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          Journey designer
        </NavLink>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'main-nav is-open' : 'main-nav'}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end={l.end}>
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-header-end">
          <DevPanel />
          <button
            type="button"
            className="menu-toggle btn btn-ghost"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            Menu
          </button>
        </div>
      </header>
      <OfflineBanner />
      <main className="shell-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
