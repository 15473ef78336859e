import { createRoot } from 'react-dom/client';

// The floor of the benchmark: the least a React page can load to put text on screen.
createRoot(document.getElementById('root') as HTMLElement).render(<h1>Chỉ số cải cách hành chính TP Cần Thơ</h1>);
