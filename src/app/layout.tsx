import { NavLink, Outlet } from 'react-router';

const links = [{ to: '/check', label: 'Check a journey file' }];

export function Layout() {
  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">Journey designer</span>
        <nav aria-label="Main">
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to}>{l.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
